<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="177"/>
        <location filename="../../checkin/ui/attendee_model.py" line="185"/>
        <source>✓ checked in {time}</source>
        <translation>✓ eingecheckt {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="178"/>
        <location filename="../../checkin/ui/attendee_model.py" line="185"/>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="200"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="202"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="184"/>
        <location filename="../../checkin/ui/attendee_model.py" line="186"/>
        <location filename="../../checkin/ui/attendee_model.py" line="204"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BadgeMenu</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="497"/>
        <source>&amp;Badges</source>
        <translation>Na&amp;mensschilder</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="498"/>
        <source>&amp;Print badges…</source>
        <translation>Namensschilder &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="499"/>
        <source>Print badge on &amp;check-in at this desk</source>
        <translation>Namensschild beim &amp;Check-in an diesem Empfang drucken</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="254"/>
        <source>Print badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Not yet printed</source>
        <translation>Noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="260"/>
        <source>Search results for “{query}”</source>
        <translation>Suchergebnis für „{query}“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="262"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="263"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="255"/>
        <source>Badges &amp;for:</source>
        <translation>Namensschilder &amp;für:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="256"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="264"/>
        <source>Badge s&amp;tock:</source>
        <translation>&amp;Etikettenbogen:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="267"/>
        <source>&amp;Labels already used:</source>
        <translation>Bereits &amp;benutzte Etiketten:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="268"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="269"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="308"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Namensschild</numerusform>
            <numerusform>%n Namensschilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="309"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="332"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="334"/>
        <source>%n badge(s) with letters no font on this computer has; they are printed as {mark}: {names}. Install a font for them (on Debian: fontconfig and fonts-noto-core), then start checkin again.</source>
        <translation>
            <numerusform>%n Namensschild mit Buchstaben, die keine Schrift auf diesem Computer hat; sie werden als {mark} gedruckt: {names}. Installieren Sie eine Schrift dafür (unter Debian: fontconfig und fonts-noto-core) und starten Sie checkin neu.</numerusform>
            <numerusform>%n Namensschilder mit Buchstaben, die keine Schrift auf diesem Computer hat; sie werden als {mark} gedruckt: {names}. Installieren Sie eine Schrift dafür (unter Debian: fontconfig und fonts-noto-core) und starten Sie checkin neu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="353"/>
        <source>badges.pdf</source>
        <translation>namensschilder.pdf</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="354"/>
        <source>Save badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="355"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="358"/>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="366"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="96"/>
        <source>Print badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="102"/>
        <source>Badges</source>
        <translation>Namensschilder</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="140"/>
        <source>The badges were not printed. Check the printer and try again.</source>
        <translation>Die Namensschilder wurden nicht gedruckt. Prüfen Sie den Drucker und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../checkin/ui/banner.py" line="84"/>
        <source>OK, noted (Enter)</source>
        <translation>OK, gesehen (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="85"/>
        <source>Acknowledge the note</source>
        <translation>Hinweis bestätigen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="86"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="88"/>
        <source>Ready: scan a badge or type a name</source>
        <translation>Bereit: Namensschild scannen oder Namen tippen</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="565"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="566"/>
        <source>A trial run: nothing has been changed yet.</source>
        <translation>Ein Probelauf: Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="567"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="568"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="657"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="569"/>
        <source>Problems by row and column</source>
        <translation>Probleme nach Zeile und Spalte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="570"/>
        <source>&amp;Skip invalid rows and import the others</source>
        <translation>Ungültige Zeilen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="571"/>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="582"/>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="619"/>
        <source>The file cannot be checked: %1</source>
        <translation>Die Datei kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="641"/>
        <source>%n row(s) cannot be imported as they are. Fix the file and start again, or skip these rows.</source>
        <translation>
            <numerusform>%n Zeile kann so nicht importiert werden. Korrigieren Sie die Datei und beginnen Sie neu, oder überspringen Sie diese Zeile.</numerusform>
            <numerusform>%n Zeilen können so nicht importiert werden. Korrigieren Sie die Datei und beginnen Sie neu, oder überspringen Sie diese Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="645"/>
        <source>Every row can be imported.</source>
        <translation>Alle Zeilen können importiert werden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="656"/>
        <source>Problems and warnings</source>
        <translation>Probleme und Warnungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="657"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="661"/>
        <source>&lt;b&gt;New:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Updated:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unchanged:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Not in the file:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Neu:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Aktualisiert:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unverändert:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Nicht in der Datei:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="666"/>
        <source>Skipping the invalid rows, the import gives: %1</source>
        <translation>Ohne die ungültigen Zeilen ergibt der Import: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="670"/>
        <source>This file shares few people with the event: %1 new, %2 not in the file. Is it the right list?</source>
        <translation>Diese Datei hat nur wenige Personen mit der Veranstaltung gemeinsam: %1 neu, %2 nicht in der Datei. Ist es die richtige Liste?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="675"/>
        <source>%n person(s) of the event are not in this file. They stay in the event; nobody is deleted.</source>
        <translation>
            <numerusform>%n Person der Veranstaltung ist nicht in dieser Datei. Sie bleibt in der Veranstaltung; niemand wird gelöscht.</numerusform>
            <numerusform>%n Personen der Veranstaltung sind nicht in dieser Datei. Sie bleiben in der Veranstaltung; niemand wird gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="679"/>
        <source>%n person(s) in the file have another person&apos;s name under the same registration ID or e-mail as in the event (swapped numbers? a ticket passed on?). The import does what the file says: code, badge and check-in go with the new name. Check them in the list below.</source>
        <translation>
            <numerusform>%n Person in der Datei hat unter derselben Anmelde-Nr. oder E-Mail den Namen einer anderen Person als in der Veranstaltung (Nummern vertauscht? Ticket weitergegeben?). Der Import übernimmt, was in der Datei steht: Code, Namensschild und Check-in gehen auf den neuen Namen über. Prüfen Sie sie in der Liste unten.</numerusform>
            <numerusform>%n Personen in der Datei haben unter derselben Anmelde-Nr. oder E-Mail den Namen einer anderen Person als in der Veranstaltung (Nummern vertauscht? Ticket weitergegeben?). Der Import übernimmt, was in der Datei steht: Code, Namensschild und Check-in gehen auf den neuen Namen über. Prüfen Sie sie in der Liste unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="686"/>
        <source>%n cell(s) could not be read (a date, a photo consent, an Excel error value such as #NV): those people are imported with the cell empty (consent: not asked). See the list below.</source>
        <translation>
            <numerusform>%n Zelle ist nicht lesbar (ein Datum, eine Foto-Einwilligung, ein Excel-Fehlerwert wie #NV): Die Person wird mit leerer Zelle importiert (Einwilligung: nicht gefragt). Siehe die Liste unten.</numerusform>
            <numerusform>%n Zellen sind nicht lesbar (ein Datum, eine Foto-Einwilligung, ein Excel-Fehlerwert wie #NV): Die Personen werden mit leerer Zelle importiert (Einwilligung: nicht gefragt). Siehe die Liste unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="690"/>
        <source>%n name(s) lost letters in this file (shown as &apos;?&apos;), e.g. Cyrillic or Greek names saved by Excel as Windows-1252. They are imported as they are; save the list as &apos;CSV UTF-8&apos; or XLSX to keep every letter.</source>
        <translation>
            <numerusform>%n Name hat in dieser Datei Buchstaben verloren (als „?“ zu sehen), z. B. kyrillische oder griechische Namen, die Excel als Windows-1252 gespeichert hat. Er wird so importiert, wie er ist; speichern Sie die Liste als „CSV UTF-8“ oder XLSX, um alle Buchstaben zu behalten.</numerusform>
            <numerusform>%n Namen haben in dieser Datei Buchstaben verloren (als „?“ zu sehen), z. B. kyrillische oder griechische Namen, die Excel als Windows-1252 gespeichert hat. Sie werden so importiert, wie sie sind; speichern Sie die Liste als „CSV UTF-8“ oder XLSX, um alle Buchstaben zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="694"/>
        <source>With problems in the file, nothing will be imported.</source>
        <translation>Solange die Datei Probleme hat, wird nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="228"/>
        <source>(not given)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="238"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="239"/>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="240"/>
        <source>Attended (all)</source>
        <translation>Teilgenommen (alle)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="241"/>
        <source>of them walk-ins</source>
        <translation>davon Spontangäste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="242"/>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>No-shows</source>
        <translation>Nicht erschienen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="243"/>
        <source>By type of organisation</source>
        <translation>Nach Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="244"/>
        <source>By workshop</source>
        <translation>Nach Workshop</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="245"/>
        <source>Arrivals per 15 minutes (local time)</source>
        <translation>Ankünfte je 15 Minuten (Ortszeit)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="246"/>
        <source>No arrivals yet</source>
        <translation>Noch keine Ankünfte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="247"/>
        <source>The personal data of this event was deleted; these are the anonymous counts kept for the report.</source>
        <translation>Die personenbezogenen Daten dieser Veranstaltung wurden gelöscht; dies sind die für den Bericht aufbewahrten anonymen Zahlen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Walk-ins</source>
        <translation>Spontangäste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="250"/>
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="251"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="306"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="307"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="308"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="309"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="312"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="317"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../checkin/ui/desk.py" line="207"/>
        <source>&amp;Scan or search:</source>
        <translation>&amp;Scannen oder suchen:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="208"/>
        <source>Scan a badge, or type a name, organisation or e-mail</source>
        <translation>Namensschild scannen oder Namen, Organisation oder E-Mail tippen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="209"/>
        <source>Scan or search</source>
        <translation>Scannen oder suchen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="210"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="211"/>
        <source>Selected attendee</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="213"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="213"/>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="214"/>
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="214"/>
        <source>Needs:</source>
        <translation>Bedarf:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="215"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="215"/>
        <source>Note for the desk:</source>
        <translation>Hinweis für den Empfang:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="216"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="220"/>
        <source>Check &amp;in (Enter)</source>
        <translation>&amp;Einchecken (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="221"/>
        <source>Check in the selected attendee</source>
        <translation>Ausgewählte Person einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="222"/>
        <source>&amp;Undo check-in…</source>
        <translation>Check-in &amp;zurücknehmen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="223"/>
        <source>Undo the check-in of the selected attendee</source>
        <translation>Check-in der ausgewählten Person zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="225"/>
        <source>Correct name or organisation</source>
        <translation>Name oder Organisation korrigieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="323"/>
        <source>This event is closed</source>
        <translation>Diese Veranstaltung ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="324"/>
        <source>Its personal data was deleted; nobody can be checked in or added. The figures are under View → Report.</source>
        <translation>Ihre personenbezogenen Daten wurden gelöscht; niemand kann mehr eingecheckt oder aufgenommen werden. Die Zahlen stehen unter Ansicht → Bericht.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="354"/>
        <source>Nobody found</source>
        <translation>Niemand gefunden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="497"/>
        <source>Next badge scanned: it is checked in once this note is acknowledged (Enter).</source>
        <translation>Nächstes Namensschild gescannt: Es wird eingecheckt, sobald dieser Hinweis bestätigt ist (Enter).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="503"/>
        <source>The event file is busy: another desk or program has been writing to it for several seconds. Nothing was saved; scan again in a moment.</source>
        <translation>Die Veranstaltungsdatei ist belegt: Ein anderer Empfang oder ein anderes Programm schreibt seit einigen Sekunden hinein. Nichts wurde gespeichert; scannen Sie gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="506"/>
        <source>The event file was moved, renamed or deleted while it was open, or its drive was removed. Nothing was saved.</source>
        <translation>Die Veranstaltungsdatei wurde verschoben, umbenannt oder gelöscht, während sie offen war, oder ihr Laufwerk wurde entfernt. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="509"/>
        <source>The event file could not be written ({reason}). Nothing was saved.</source>
        <translation>Die Veranstaltungsdatei konnte nicht geschrieben werden ({reason}). Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="524"/>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="558"/>
        <source>Badge of another event</source>
        <translation>Namensschild einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="559"/>
        <source>“{text}” is a checkin badge, but not of this event (another event, or a list imported again as a new event). Search by name.</source>
        <translation>„{text}“ ist ein checkin-Namensschild, aber nicht von dieser Veranstaltung (eine andere Veranstaltung oder eine Liste, die als neue Veranstaltung importiert wurde). Suchen Sie nach dem Namen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="562"/>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="563"/>
        <source>“{text}” is not on the list. Search by name, or register a walk-in (Ctrl+N).</source>
        <translation>„{text}“ steht nicht auf der Liste. Nach Namen suchen oder als Spontangast aufnehmen (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="568"/>
        <source>Already checked in: {name}</source>
        <translation>Bereits eingecheckt: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="569"/>
        <source>since {time} at {desk}</source>
        <translation>seit {time} Uhr an {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="575"/>
        <source>Checked in: {name} – please note</source>
        <translation>Eingecheckt: {name} – bitte beachten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="579"/>
        <location filename="../../checkin/ui/desk.py" line="606"/>
        <source>Checked in: {name}</source>
        <translation>Eingecheckt: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="638"/>
        <source>Scanned during the note and not checked in: {names}. Scan again.</source>
        <translation>Während des Hinweises gescannt und nicht eingecheckt: {names}. Bitte noch einmal scannen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="680"/>
        <source>Walk-in not saved</source>
        <translation>Spontangast nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="690"/>
        <source>Choose a person first.</source>
        <translation>Wählen Sie zuerst eine Person aus.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="700"/>
        <source>Correction not saved</source>
        <translation>Korrektur nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="704"/>
        <source>Corrected: {name}</source>
        <translation>Korrigiert: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="705"/>
        <source>The change is in the log.</source>
        <translation>Die Änderung steht im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="734"/>
        <source>Nothing to undo</source>
        <translation>Nichts zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="732"/>
        <source>undone with Ctrl+Z</source>
        <translation>mit Strg+Z zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="224"/>
        <source>C&amp;orrect attendee…</source>
        <translation>Person &amp;korrigieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="735"/>
        <source>No check-in made here is in force. To undo another, choose the person and use “Undo check-in…”.</source>
        <translation>Kein Check-in aus diesem Fenster ist offen. Um einen anderen zurückzunehmen, die Person wählen und „Check-in zurücknehmen…“ nutzen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="742"/>
        <source>Nothing undone</source>
        <translation>Nichts zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="749"/>
        <source>Check-in undone: {name}</source>
        <translation>Check-in zurückgenommen: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="750"/>
        <source>The log keeps the check-in and the undo.</source>
        <translation>Das Protokoll behält Check-in und Rücknahme.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="690"/>
        <location filename="../../checkin/ui/desk.py" line="782"/>
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="786"/>
        <source>walk-in</source>
        <translation>Spontangast</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="790"/>
        <source>✓ checked in at {time}, {desk}</source>
        <translation>✓ eingecheckt um {time} Uhr, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="793"/>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
</context>
<context>
    <name>DeskBadges</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="397"/>
        <source>Print the selected attendee&apos;s badge again</source>
        <translation>Das Namensschild der ausgewählten Person erneut drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="396"/>
        <source>Re&amp;print badge…</source>
        <translation>Namensschild &amp;nachdrucken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="399"/>
        <source>&amp;Print badge…</source>
        <translation>&amp;Namensschild drucken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="400"/>
        <source>Print the selected attendee&apos;s badge</source>
        <translation>Das Namensschild der ausgewählten Person drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="415"/>
        <source>Badge: not printed yet</source>
        <translation>Namensschild: noch nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="419"/>
        <source>Badge: printed {time} at {desk} ({count}×)</source>
        <translation>Namensschild: gedruckt {time} Uhr an {desk} ({count}×)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="421"/>
        <source>Badge out of date: printed {time} at {desk} ({count}×), before a change of name, title, organisation or category</source>
        <translation>Namensschild veraltet: gedruckt {time} Uhr an {desk} ({count}×), vor einer Änderung von Name, Titel, Organisation oder Kategorie</translation>
    </message>
</context>
<context>
    <name>EditAttendeeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35"/>
        <source>Organisation t&amp;ype:</source>
        <translation>Art der Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="36"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="40"/>
        <source>Correct attendee</source>
        <translation>Person korrigieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="45"/>
        <source>Reaso&amp;n (optional):</source>
        <translation>Gr&amp;und (optional):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="46"/>
        <source>Reason for the correction</source>
        <translation>Grund der Korrektur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="55"/>
        <source>A person needs a first or last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="68"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="69"/>
        <source>What do you want to export?</source>
        <translation>Was möchten Sie exportieren?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="70"/>
        <source>Attendance &amp;list to sign (PDF)</source>
        <translation>Teilnahme&amp;liste zum Unterschreiben (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="71"/>
        <source>Attendance as an &amp;Excel workbook (.xlsx)</source>
        <translation>Teilnahme als Excel-&amp;Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="72"/>
        <source>Attendance as CSV for &amp;German Excel (;, Windows-1252)</source>
        <translation>Teilnahme als CSV für &amp;deutsches Excel (;, Windows-1252)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="73"/>
        <source>Attendance as CSV, &amp;UTF-8 with ; (all letters kept)</source>
        <translation>Teilnahme als CSV, &amp;UTF-8 mit ; (alle Buchstaben bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="74"/>
        <source>&amp;Report with figures and chart (PDF)</source>
        <translation>&amp;Bericht mit Zahlen und Diagramm (PDF)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="75"/>
        <source>Only people &amp;checked in</source>
        <translation>Nur &amp;eingecheckte Personen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="76"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="91"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="121"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="137"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="138"/>
        <source>Saved {path}.</source>
        <translation>{path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <location filename="../../checkin/ui/file_access.py" line="92"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_access.py" line="93"/>
        <source>{name} exists already. Replace it?</source>
        <translation>{name} gibt es schon. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="211"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="223"/>
        <source>Choose the registration list</source>
        <translation>Anmeldeliste wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="212"/>
        <source>A CSV file (from Excel or UTF-8) or an Excel workbook (XLSX).</source>
        <translation>Eine CSV-Datei (aus Excel oder UTF-8) oder eine Excel-Arbeitsmappe (XLSX).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="214"/>
        <source>People already in the event are updated (matched by registration ID, else e-mail, else name); new people are added. Nobody is deleted, and check-ins and codes stay as they are.</source>
        <translation>Personen, die schon in der Veranstaltung sind, werden aktualisiert (erkannt an der Anmelde-ID, sonst an der E-Mail, sonst am Namen); neue Personen kommen hinzu. Niemand wird gelöscht, Check-ins und Codes bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="216"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="217"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="218"/>
        <source>Registration list file</source>
        <translation>Datei der Anmeldeliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="219"/>
        <source>Choose the registration list file</source>
        <translation>Datei der Anmeldeliste wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="224"/>
        <source>Registration lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Anmeldelisten (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="242"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="247"/>
        <source>{rows} with {columns}.</source>
        <translation>{rows} mit {columns}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="248"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="249"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/form.py" line="60"/>
        <source>That is a badge code, not a name. Cancel and scan it at the desk.</source>
        <translation>Das ist ein Namensschild-Code, kein Name. Abbrechen und das Namensschild am Empfang scannen.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../checkin/ui/help.py" line="48"/>
        <source>Desk help</source>
        <translation>Hilfe für den Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="49"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="60"/>
        <source>Scan a badge</source>
        <translation>Namensschild scannen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="60"/>
        <source>anywhere in the window, even with a dialog or a menu open</source>
        <translation>irgendwo im Fenster, auch wenn ein Dialog oder ein Menü offen ist</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="61"/>
        <source>Type a name</source>
        <translation>Namen tippen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="61"/>
        <source>a few letters of first or last name, organisation or e-mail; Müller, Mueller and Muller all find Müller</source>
        <translation>ein paar Buchstaben von Vor- oder Nachname, Organisation oder E-Mail; Müller, Mueller und Muller finden alle Müller</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="63"/>
        <source>choose a person in the list</source>
        <translation>eine Person in der Liste wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="64"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="64"/>
        <source>check in the person chosen; on a blue note: noted</source>
        <translation>die gewählte Person einchecken; bei einem blauen Hinweis: gesehen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="65"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="65"/>
        <source>clear the search; on a blue note: noted</source>
        <translation>die Suche leeren; bei einem blauen Hinweis: gesehen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="70"/>
        <source>Checked in: the person may go in.</source>
        <translation>Eingecheckt: Die Person kann hinein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="71"/>
        <source>Already checked in: the banner says since when and at which desk.</source>
        <translation>Bereits eingecheckt: Die Anzeige sagt, seit wann und an welchem Empfang.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="72"/>
        <source>Checked in, please note: tell the person what the note says (speaker, press, accessibility), then press Enter.</source>
        <translation>Eingecheckt, bitte beachten: Sagen Sie der Person, was der Hinweis sagt (Referent/in, Presse, Barrierefreiheit), dann Enter drücken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="74"/>
        <source>Unknown badge, or not checked in: the banner says which and what to do (search by name, register a walk-in, scan again).</source>
        <translation>Unbekanntes Namensschild oder nicht eingecheckt: Die Anzeige sagt, was los ist und was zu tun ist (nach Namen suchen, Spontangast aufnehmen, noch einmal scannen).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="76"/>
        <source>A check-in was undone; the log keeps both.</source>
        <translation>Ein Check-in wurde zurückgenommen; das Protokoll behält beides.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="79"/>
        <source>At the desk</source>
        <translation>Am Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="79"/>
        <source>Scan the QR code on the badge or the confirmation, or type a name and press Enter. The large banner at the top says what happened, in colour, words and sound.</source>
        <translation>Scannen Sie den QR-Code auf dem Namensschild oder der Bestätigung, oder tippen Sie einen Namen und drücken Enter. Die große Anzeige oben sagt mit Farbe, Worten und Ton, was geschehen ist.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="82"/>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="82"/>
        <source>Checked in the wrong person? Ctrl+Z undoes the last check-in made at this desk. To undo another, choose the person and press “Undo check-in…” on the card. Nothing is ever deleted: the log keeps every check-in and undo.</source>
        <translation>Die falsche Person eingecheckt? Strg+Z nimmt den letzten Check-in an diesem Empfang zurück. Für einen anderen wählen Sie die Person und drücken auf der Karte „Check-in zurücknehmen…“. Nichts wird je gelöscht: Das Protokoll behält jeden Check-in und jede Rücknahme.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="86"/>
        <source>If something goes wrong</source>
        <translation>Wenn etwas schiefgeht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="86"/>
        <source>Red “Not checked in”: nothing was saved; scan the badge again in a moment. Every check-in the banner showed in green is saved on this laptop, also through a crash or a power cut.</source>
        <translation>Rot „Nicht eingecheckt“: Nichts wurde gespeichert; scannen Sie das Namensschild gleich noch einmal. Jeder Check-in, den die Anzeige grün gezeigt hat, ist auf diesem Laptop gespeichert, auch über einen Absturz oder Stromausfall hinweg.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="97"/>
        <source>The banner</source>
        <translation>Die Anzeige</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="23"/>
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="24"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="26"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="27"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="28"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="29"/>
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="30"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="31"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="32"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="33"/>
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="34"/>
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="35"/>
        <source>Photo consent</source>
        <translation>Einwilligung Foto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="36"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="37"/>
        <source>Note for the desk</source>
        <translation>Hinweis für den Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="38"/>
        <source>Registered at</source>
        <translation>Angemeldet am</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="44"/>
        <source>no name: first and last name are empty</source>
        <translation>kein Name: Vor- und Nachname sind leer</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="45"/>
        <source>malformed e-mail address &apos;{value}&apos;</source>
        <translation>ungültige E-Mail-Adresse „{value}“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="46"/>
        <source>registration id &apos;{value}&apos; appears twice (first in row {first})</source>
        <translation>Anmelde-Nr. „{value}“ kommt doppelt vor (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="48"/>
        <source>photo consent &apos;{value}&apos; is not ja/nein, yes/no, x, 1 or 0: imported as not asked</source>
        <translation>Foto-Einwilligung „{value}“ ist nicht ja/nein, yes/no, x, 1 oder 0: als „nicht gefragt“ importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="51"/>
        <source>unreadable date &apos;{value}&apos; (not dd.mm.yyyy HH:MM or ISO 8601): left empty</source>
        <translation>unlesbares Datum „{value}“ (nicht TT.MM.JJJJ HH:MM oder ISO 8601): leer gelassen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="53"/>
        <source>letters lost in &apos;{value}&apos;</source>
        <translation>Buchstaben verloren in „{value}“</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="54"/>
        <source>{value} was {old}, now {new}</source>
        <translation>{value} war {old}, jetzt {new}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="55"/>
        <source>{value} was {old}, now {new} (checked in {time} at {station})</source>
        <translation>{value} war {old}, jetzt {new} (eingecheckt {time} Uhr an {station})</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="57"/>
        <source>{value} was {old}, now {new} (badge printed)</source>
        <translation>{value} war {old}, jetzt {new} (Namensschild gedruckt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="59"/>
        <source>{value} was {old}, now {new} (checked in {time} at {station}; badge printed)</source>
        <translation>{value} war {old}, jetzt {new} (eingecheckt {time} Uhr an {station}; Namensschild gedruckt)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="61"/>
        <source>Excel error value &apos;{value}&apos; (a formula that failed): left empty</source>
        <translation>Excel-Fehlerwert „{value}“ (eine fehlgeschlagene Formel): leer gelassen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="92"/>
        <source>Windows-1252 (German Excel)</source>
        <translation>Windows-1252 (deutsches Excel)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="93"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="94"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98"/>
        <source>semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="99"/>
        <source>comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="100"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="101"/>
        <source>vertical bar (|)</source>
        <translation>senkrechter Strich (|)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="908"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="58"/>
        <source>&amp;Go on with the copy</source>
        <translation>Mit der Kopie &amp;weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="80"/>
        <source>Another desk&apos;s copy of this event</source>
        <translation>Kopie dieser Veranstaltung von einem anderen Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="81"/>
        <source>Event databases (*.db *.sqlite);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="302"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="306"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="307"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="308"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="309"/>
        <source>Desk &amp;help</source>
        <translation>&amp;Hilfe für den Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="310"/>
        <source>&amp;About checkin</source>
        <translation>Ü&amp;ber checkin</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="311"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="312"/>
        <source>Restore a &amp;backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="313"/>
        <source>&amp;Close event and delete personal data…</source>
        <translation>Veranstaltung abschließen und personenbezogene Daten &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="314"/>
        <source>Admin &amp;PIN…</source>
        <translation>Admin-&amp;PIN…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="315"/>
        <source>&amp;Report (dashboard)</source>
        <translation>&amp;Bericht (Übersicht)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="317"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="318"/>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="319"/>
        <source>&amp;Import registrations…</source>
        <translation>Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="320"/>
        <source>&amp;Merge another desk&apos;s check-ins…</source>
        <translation>&amp;Check-ins eines anderen Empfangs zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="323"/>
        <source>&amp;Undo last check-in</source>
        <translation>Letzten Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="324"/>
        <source>&amp;Walk-in…</source>
        <translation>Spontan&amp;gast…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="325"/>
        <source>&amp;Correct attendee…</source>
        <translation>Person &amp;korrigieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="326"/>
        <source>&amp;Find attendee</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="327"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="355"/>
        <source>Cannot open the event</source>
        <translation>Die Veranstaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="438"/>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="442"/>
        <source>Taken in from the other desk: {events} log entries, {people} walk-ins. {present} people are checked in now.</source>
        <translation>Vom anderen Empfang übernommen: {events} Protokolleinträge, {people} Spontangäste. Jetzt sind {present} Personen eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="446"/>
        <source>Checked in at both desks: {both} (each counts once, from the earlier check-in):</source>
        <translation>An beiden Empfängen eingecheckt: {both} (jede Person zählt einmal, ab dem früheren Check-in):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="450"/>
        <source>Walk-ins from the other desk with a name already in the event (the same person registered at both desks? then undo one check-in):</source>
        <translation>Spontangäste vom anderen Empfang, deren Name schon in der Veranstaltung ist (dieselbe Person an beiden Empfängen aufgenommen? Dann einen Check-in zurücknehmen):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="453"/>
        <source>Desks merged</source>
        <translation>Empfänge zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="495"/>
        <source>About checkin</source>
        <translation>Über checkin</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="496"/>
        <source>&lt;b&gt;checkin {version}&lt;/b&gt;&lt;p&gt;A check-in desk for conferences: scan or search, check in, walk-ins and undo; badges; attendance lists and figures afterwards. It works without a network; each event is one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;checkin {version}&lt;/b&gt;&lt;p&gt;Ein Check-in-Empfang für Konferenzen: scannen oder suchen, einchecken, Spontangäste und Rücknahmen; Namensschilder; danach Anwesenheitslisten und Zahlen. Es arbeitet ohne Netzwerk; jede Veranstaltung ist eine Datei auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="543"/>
        <source>PIN not changed</source>
        <translation>PIN nicht geändert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="546"/>
        <source>Automatic backup failed: {message}</source>
        <translation>Automatische Sicherung fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="584"/>
        <location filename="../../checkin/ui/main_window.py" line="596"/>
        <source>Badge scanned: open an event to check people in.</source>
        <translation>Namensschild gescannt: Öffnen Sie eine Veranstaltung, um einzuchecken.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="587"/>
        <source>Badge scanned: the desk shows the result.</source>
        <translation>Namensschild gescannt: Das Ergebnis steht am Empfang.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="591"/>
        <source>Badge scanned: it is checked in when this window is closed.</source>
        <translation>Namensschild gescannt: Die Person wird eingecheckt, sobald dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="625"/>
        <source>Scanned before: {result}</source>
        <translation>Davor gescannt: {result}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="641"/>
        <source>{path} was moved, renamed or deleted while this window had it open, or its drive was removed. Nobody can be checked in here until the event is open again.</source>
        <translation>{path} wurde verschoben, umbenannt oder gelöscht, während dieses Fenster die Datei offen hatte, oder ihr Laufwerk wurde entfernt. Hier kann niemand eingecheckt werden, bis die Veranstaltung wieder geöffnet ist.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="651"/>
        <source>A copy of the check-ins could not be saved: {error}</source>
        <translation>Eine Kopie der Check-ins konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="653"/>
        <source>Every check-in this window saw is saved in this copy:
{copy}
Go on with it: the moved file may lack the latest check-ins.</source>
        <translation>Alle Check-ins, die dieses Fenster kannte, sind in dieser Kopie gespeichert:
{copy}
Arbeiten Sie mit ihr weiter: In der verschobenen Datei können die letzten Check-ins fehlen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="657"/>
        <source>Everything checked in before that is saved in the file itself. What the dialog was for (an export, a PDF, a print) was not done.</source>
        <translation>Alles, was bis dahin eingecheckt wurde, ist in der Datei selbst gespeichert. Wofür der Dialog da war (ein Export, ein PDF, ein Druck), ist nicht geschehen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="662"/>
        <source>Scanned but not checked in (scan these badges again): {codes}</source>
        <translation>Gescannt, aber nicht eingecheckt (diese Namensschilder bitte noch einmal scannen): {codes}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="665"/>
        <source>The event file is gone</source>
        <translation>Die Veranstaltungsdatei ist nicht mehr da</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="669"/>
        <source>Station: {station}</source>
        <translation>Empfang: {station}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="677"/>
        <source>Checked in: {checked_in} / {registered}   Walk-ins: {walk_ins}   Last 15 min: {recent}</source>
        <translation>Eingecheckt: {checked_in} / {registered}   Spontangäste: {walk_ins}   Letzte 15 Min.: {recent}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="348"/>
        <source>Check which column of the file feeds each field. Columns not chosen are not stored (data minimisation).</source>
        <translation>Prüfen Sie, welche Spalte der Datei welches Feld füllt. Nicht gewählte Spalten werden nicht gespeichert (Datensparsamkeit).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="350"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="351"/>
        <source>Sheet of the workbook</source>
        <translation>Tabellenblatt der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="352"/>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="353"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="360"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="354"/>
        <source>Grey columns are not stored.</source>
        <translation>Graue Spalten werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="355"/>
        <source>Also keep other columns</source>
        <translation>Weitere Spalten behalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="356"/>
        <source>Store other columns as they are, e.g. for a question only this event asks. Keep only what the event needs.</source>
        <translation>Weitere Spalten unverändert speichern, z. B. für eine Frage, die nur diese Veranstaltung stellt. Behalten Sie nur, was die Veranstaltung braucht.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="365"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="407"/>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="377"/>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Datei:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="379"/>
        <source>&lt;b&gt;Type:&lt;/b&gt; Excel workbook</source>
        <translation>&lt;b&gt;Typ:&lt;/b&gt; Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="381"/>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kodierung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="383"/>
        <source>&lt;b&gt;Delimiter:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Trennzeichen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="384"/>
        <source>&lt;b&gt;Rows:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zeilen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="386"/>
        <source>&lt;b&gt;Column names:&lt;/b&gt; row %1</source>
        <translation>&lt;b&gt;Spaltennamen:&lt;/b&gt; Zeile %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="431"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="486"/>
        <source>Also &amp;keep columns…</source>
        <translation>Weitere Spalten &amp;behalten…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="487"/>
        <source>Also &amp;keep columns (%1)…</source>
        <translation>Weitere Spalten &amp;behalten (%1)…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="500"/>
        <source>Choose the column of the first or the last name.</source>
        <translation>Wählen Sie die Spalte des Vor- oder Nachnamens.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="509"/>
        <source>Several columns are named “%1”: check that “%2” takes the right one.</source>
        <translation>Mehrere Spalten heißen „%1“: Prüfen Sie, ob „%2“ die richtige nutzt.</translation>
    </message>
</context>
<context>
    <name>NamesakeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="32"/>
        <source>no organisation</source>
        <translation>keine Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="34"/>
        <source>checked in at {time}, {desk}</source>
        <translation>eingecheckt um {time}, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="37"/>
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="41"/>
        <source>Already in the event?</source>
        <translation>Schon angemeldet?</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="42"/>
        <source>{name} is already in the event:</source>
        <translation>{name} ist schon in der Veranstaltung:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="44"/>
        <source>If this is the same person, they are already checked in: there is no need to add a walk-in.</source>
        <translation>Wenn es dieselbe Person ist, ist sie bereits eingecheckt: Sie brauchen sie nicht als Spontangast anzulegen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="47"/>
        <source>If this is the same person, check them in from the list instead of adding a walk-in.</source>
        <translation>Wenn es dieselbe Person ist, checken Sie sie aus der Liste ein, statt sie als Spontangast anzulegen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="50"/>
        <source>&amp;Show in the list</source>
        <translation>In der Liste &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="51"/>
        <source>&amp;Add a new walk-in</source>
        <translation>Neuen Spontangast &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="120"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="121"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="123"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="124"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="125"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="126"/>
        <source>e.g. Integration vor Ort leben</source>
        <translation>z. B. Integration vor Ort leben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="127"/>
        <source>e.g. Dortmund</source>
        <translation>z. B. Dortmund</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="128"/>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="129"/>
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="130"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="131"/>
        <source>Event file</source>
        <translation>Veranstaltungsdatei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="132"/>
        <source>Choose the event file</source>
        <translation>Veranstaltungsdatei wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="133"/>
        <source>The event is kept in this one file. Keep a copy as a backup.</source>
        <translation>Die Veranstaltung steht in dieser einen Datei. Bewahren Sie eine Kopie als Sicherung auf.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="158"/>
        <source>Where to keep the new event</source>
        <translation>Wo die neue Veranstaltung gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="159"/>
        <source>Event databases (*.db);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="184"/>
        <source>Please give the event a name.</source>
        <translation>Bitte geben Sie der Veranstaltung einen Namen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="188"/>
        <source>Please choose where to keep the event file.</source>
        <translation>Bitte wählen Sie, wo die Veranstaltungsdatei liegen soll.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="192"/>
        <source>{file} exists already. Choose another file name, or use Open event to open it.</source>
        <translation>{file} gibt es schon. Wählen Sie einen anderen Dateinamen, oder öffnen Sie sie mit „Veranstaltung öffnen“.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="204"/>
        <source>{file} cannot be created: {reason}</source>
        <translation>{file} kann nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenEvent</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="242"/>
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="245"/>
        <source>Event databases (*.db);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="46"/>
        <location filename="../../checkin/ui/admin.py" line="48"/>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="47"/>
        <source>Admin &amp;PIN:</source>
        <translation>Admin-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="49"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="56"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="178"/>
        <source>kept as it is</source>
        <translation>unverändert behalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="180"/>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="184"/>
        <source>Column “{column}” is imported as: {fields}</source>
        <translation>Spalte „{column}“ wird importiert als: {fields}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="189"/>
        <source>Column “{column}” is stored as it is</source>
        <translation>Spalte „{column}“ wird unverändert gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="191"/>
        <source>Column “{column}” is not imported</source>
        <translation>Spalte „{column}“ wird nicht importiert</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="210"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="210"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="211"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="240"/>
        <source>Warning (imported): {problem}</source>
        <translation>Warnung (wird importiert): {problem}</translation>
    </message>
</context>
<context>
    <name>PurgeBackupsText</name>
    <message numerus="yes">
        <location filename="../../checkin/ui/admin.py" line="188"/>
        <source>%n backup(s) of this event were deleted too.</source>
        <translation>
            <numerusform>%n Sicherung dieser Veranstaltung wurde ebenfalls gelöscht.</numerusform>
            <numerusform>%n Sicherungen dieser Veranstaltung wurden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/admin.py" line="190"/>
        <source>%n backup(s) still hold personal data, in {folder}.</source>
        <translation>
            <numerusform>%n Sicherung enthält noch personenbezogene Daten, in {folder}.</numerusform>
            <numerusform>%n Sicherungen enthalten noch personenbezogene Daten, in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="159"/>
        <source>Close the event (delete personal data)</source>
        <translation>Veranstaltung abschließen (personenbezogene Daten löschen)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="161"/>
        <source>&lt;p&gt;&lt;b&gt;This deletes every name, e-mail address, organisation and note of this event for good&lt;/b&gt;, with the check-in log and the search index. Only anonymous counts stay (by type of organisation, by workshop, arrivals per 15 minutes), so the report still works.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export first&lt;/b&gt; what you must keep: the attendance export, the signed attendance list and the report (File ▸ Export…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dies löscht alle Namen, E-Mail-Adressen, Organisationen und Hinweise dieser Veranstaltung endgültig&lt;/b&gt;, mit dem Check-in-Protokoll und dem Suchindex. Nur anonyme Zahlen bleiben (nach Art der Organisation, nach Workshop, Ankünfte je 15 Minuten), damit der Bericht weiter funktioniert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Exportieren Sie vorher&lt;/b&gt;, was Sie aufbewahren müssen: den Teilnahme-Export, die unterschriebene Teilnahmeliste und den Bericht (Datei ▸ Exportieren…).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="166"/>
        <source>I have &amp;exported what I need to keep</source>
        <translation>Ich habe &amp;exportiert, was ich aufbewahren muss</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="167"/>
        <source>Also delete this event&apos;s &amp;backups (they hold the same personal data)</source>
        <translation>&amp;Sicherungen dieser Veranstaltung ebenfalls löschen (sie enthalten dieselben personenbezogenen Daten)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="169"/>
        <source>&amp;Delete personal data</source>
        <translation>Personenbezogene Daten &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="170"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="272"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="273"/>
        <source>&lt;time&gt;</source>
        <comment>placeholder in a file name</comment>
        <translation>&lt;Zeitpunkt&gt;</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="276"/>
        <source>Choose the backup to restore. The current event file is kept beside it as “{file}”. Check-ins made after the backup are not in it.</source>
        <translation>Wählen Sie die Sicherung, die wiederhergestellt werden soll. Die aktuelle Veranstaltungsdatei wird daneben als „{file}“ aufbewahrt. Check-ins nach der Sicherung sind darin nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="278"/>
        <source>Other &amp;file…</source>
        <translation>Andere &amp;Datei…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="279"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="280"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="283"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="284"/>
        <source>Event databases (*.db)</source>
        <translation>Veranstaltungsdateien (*.db)</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="742"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="743"/>
        <source>All or nothing: the registrations are written to the event in one step.</source>
        <translation>Alles oder nichts: Die Anmeldungen werden in einem Schritt in die Veranstaltung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="744"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="748"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="751"/>
        <source>Importing… Cancel stops the import and changes nothing.</source>
        <translation>Import läuft… Abbrechen stoppt den Import und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="766"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="791"/>
        <source>&lt;b&gt;Imported.&lt;/b&gt; New: %1, updated: %2, unchanged: %3.</source>
        <translation>&lt;b&gt;Importiert.&lt;/b&gt; Neu: %1, aktualisiert: %2, unverändert: %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="795"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>%n ungültige Zeile übersprungen.</numerusform>
            <numerusform>%n ungültige Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="799"/>
        <source>%n person(s) of the event are not in this file; they stay in the event.</source>
        <translation>
            <numerusform>%n Person der Veranstaltung ist nicht in dieser Datei; sie bleibt in der Veranstaltung.</numerusform>
            <numerusform>%n Personen der Veranstaltung sind nicht in dieser Datei; sie bleiben in der Veranstaltung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="811"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; %n person(s) in the file have another person&apos;s name under the same registration ID or e-mail; code, badge and check-in went with the new name:</source>
        <translation>
            <numerusform>&lt;b&gt;Prüfen:&lt;/b&gt; %n Person in der Datei hat unter derselben Anmelde-Nr. oder E-Mail den Namen einer anderen Person; Code, Namensschild und Check-in sind auf den neuen Namen übergegangen:</numerusform>
            <numerusform>&lt;b&gt;Prüfen:&lt;/b&gt; %n Personen in der Datei haben unter derselben Anmelde-Nr. oder E-Mail den Namen einer anderen Person; Code, Namensschild und Check-in sind auf den neuen Namen übergegangen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="815"/>
        <source>row {row}, {column}: {problem}</source>
        <translation>Zeile {row}, {column}: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="820"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="829"/>
        <source>The import failed and changed nothing: %1</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="831"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import abgebrochen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="832"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="100"/>
        <source>Set admin PIN</source>
        <translation>Admin-PIN festlegen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="101"/>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="102"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="104"/>
        <source>The PIN locks import, export, purge, settings and undoing another desk&apos;s check-in in this window. It guards the window, not the file: the laptop&apos;s disk encryption protects the file. Leave both fields empty to remove the PIN.</source>
        <translation>Die PIN sperrt in diesem Fenster Import, Export, Löschen, Einstellungen und das Zurücknehmen von Check-ins anderer Plätze. Sie schützt das Fenster, nicht die Datei: Die Datei schützt die Festplattenverschlüsselung des Laptops. Lassen Sie beide Felder leer, um die PIN zu entfernen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="107"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="107"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="112"/>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="114"/>
        <source>The PIN needs at least {n} characters.</source>
        <translation>Die PIN braucht mindestens {n} Zeichen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Station (desk) name:</source>
        <translation>Name des &amp;Empfangs:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Text size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Play a s&amp;ound after every scan</source>
        <translation>Nach jedem Scan einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Station name</source>
        <translation>Name des Empfangs</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="50"/>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="52"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="161"/>
        <source>Welcome to checkin</source>
        <translation>Willkommen bei checkin</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="162"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="163"/>
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="164"/>
        <source>Try the &amp;demo event</source>
        <translation>Demo-Veranstaltung aus&amp;probieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="165"/>
        <source>&amp;Recent events (Enter opens):</source>
        <translation>&amp;Zuletzt geöffnet (Enter öffnet):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="166"/>
        <source>Recent events</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="30"/>
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31"/>
        <source>Undo the check-in of {name}? &amp;Reason (kept in the log):</source>
        <translation>Check-in von {name} zurücknehmen? &amp;Grund (steht im Protokoll):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="33"/>
        <source>Reason for undoing</source>
        <translation>Grund der Rücknahme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="34"/>
        <source>e.g. wrong person scanned</source>
        <translation>z. B. falsche Person gescannt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="35"/>
        <source>&amp;Undo check-in</source>
        <translation>Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="35"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39"/>
        <source>Walk-in: register and check in</source>
        <translation>Spontangast: aufnehmen und einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="42"/>
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46"/>
        <source>Print &amp;badge now</source>
        <translation>Namensschild gleich &amp;drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="47"/>
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61"/>
        <source>Please enter a first or last name.</source>
        <translation>Bitte einen Vor- oder Nachnamen eingeben.</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="78"/>
        <source>No backup</source>
        <translation>Keine Sicherung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="205"/>
        <source>Purge incomplete</source>
        <translation>Löschen unvollständig</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="207"/>
        <source>Deleted {people} people and {entries} log entries; anonymous counts kept.</source>
        <translation>{people} Personen und {entries} Protokolleinträge gelöscht; anonyme Zahlen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="212"/>
        <source>These copies of the event still hold the personal data; delete them too: {files}</source>
        <translation>Diese Kopien der Veranstaltung enthalten noch die personenbezogenen Daten; löschen Sie sie ebenfalls: {files}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="218"/>
        <source>The event&apos;s {count} backups are kept while those copies hold the same people; once they are deleted or closed, close this event again to delete the backups too.</source>
        <translation>Die {count} Sicherungen der Veranstaltung bleiben erhalten, solange diese Kopien dieselben Personen enthalten; sind sie gelöscht oder geschlossen, schließen Sie diese Veranstaltung noch einmal, um auch die Sicherungen zu löschen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="222"/>
        <source>Desk copies on other laptops keep theirs until they are purged or deleted there.</source>
        <translation>Kopien auf anderen Laptops behalten ihre Daten, bis sie dort bereinigt oder gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="224"/>
        <source>Event closed</source>
        <translation>Veranstaltung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="306"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="307"/>
        <source>Replace the event with the backup of {time}? Check-ins and walk-ins since then are not in it (the current file is kept aside).</source>
        <translation>Die Veranstaltung durch die Sicherung vom {time} ersetzen? Check-ins und Spontangäste seitdem sind nicht darin (die aktuelle Datei wird beiseitegelegt).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="311"/>
        <source>&amp;Replace the event</source>
        <translation>Veranstaltung &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="333"/>
        <source>Backup not restored</source>
        <translation>Sicherung nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="336"/>
        <source>Restored {backup}. The replaced file was kept as {replaced}.</source>
        <translation>{backup} wiederhergestellt. Die ersetzte Datei wurde als {replaced} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="338"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="43"/>
        <source>checkin: something went wrong</source>
        <translation>checkin: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="44"/>
        <source>Something went wrong: {error}

Every check-in the desk confirmed in green is saved. Details were written to {log}.</source>
        <translation>Etwas ist schiefgegangen: {error}

Jeder Check-in, den der Empfang grün bestätigt hat, ist gespeichert. Einzelheiten stehen in {log}.</translation>
    </message>
</context>
</TS>
