<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="129" />
        <source>✓ checked in {time}</source>
        <translation>✓ eingecheckt {time}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="130" />
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="136" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="138" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="140" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="202" />
        <source>Print badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="203" />
        <source>Badge stock:</source>
        <translation>Etikettenbogen:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="204" />
        <source>Labels already used:</source>
        <translation>Bereits benutzte Etiketten:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="205" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="206" />
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="235" />
        <source>%n badge(s)</source>
        <translation><numerusform>%n Namensschild</numerusform><numerusform>%n Namensschilder</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="236" />
        <source>%n page(s)</source>
        <translation><numerusform>%n Seite</numerusform><numerusform>%n Seiten</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="256" />
        <source>Save badges as PDF</source>
        <translation>Namensschilder als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257" />
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="267" />
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../checkin/ui/banner.py" line="65" />
        <source>OK, noted (Enter)</source>
        <translation>OK, gesehen (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="66" />
        <source>Acknowledge the note</source>
        <translation>Hinweis bestätigen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="67" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="69" />
        <source>Ready: scan a badge or type a name</source>
        <translation>Bereit: Ausweis scannen oder Namen tippen</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="454" />
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="455" />
        <source>A trial run: nothing has been changed yet.</source>
        <translation>Ein Probelauf: Noch wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="456" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="457" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="458" />
        <source>Problems by row and column</source>
        <translation>Probleme nach Zeile und Spalte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="459" />
        <source>&amp;Skip invalid rows and import the others</source>
        <translation>Ungültige Zeilen &amp;überspringen und die übrigen importieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="460" />
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="470" />
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="506" />
        <source>The file cannot be checked: %1</source>
        <translation>Die Datei kann nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="521" />
        <source>%n row(s) cannot be imported as they are. Fix the file and start again, or skip these rows.</source>
        <translation><numerusform>%n Zeile kann so nicht importiert werden. Korrigieren Sie die Datei und beginnen Sie neu, oder überspringen Sie diese Zeile.</numerusform><numerusform>%n Zeilen können so nicht importiert werden. Korrigieren Sie die Datei und beginnen Sie neu, oder überspringen Sie diese Zeilen.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="525" />
        <source>Every row can be imported.</source>
        <translation>Alle Zeilen können importiert werden.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="530" />
        <source>&lt;b&gt;New:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Updated:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unchanged:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Not in the file:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Neu:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Aktualisiert:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unverändert:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Nicht in der Datei:&lt;/b&gt; %4</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="535" />
        <source>Skipping the invalid rows, the import gives: %1</source>
        <translation>Ohne die ungültigen Zeilen ergibt der Import: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="539" />
        <source>%n person(s) of the event are not in this file. They stay in the event; nobody is deleted.</source>
        <translation><numerusform>%n Person der Veranstaltung ist nicht in dieser Datei. Sie bleibt in der Veranstaltung; niemand wird gelöscht.</numerusform><numerusform>%n Personen der Veranstaltung sind nicht in dieser Datei. Sie bleiben in der Veranstaltung; niemand wird gelöscht.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="542" />
        <source>With problems in the file, nothing will be imported.</source>
        <translation>Solange die Datei Probleme hat, wird nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../checkin/ui/desk.py" line="143" />
        <source>&amp;Scan or search:</source>
        <translation>&amp;Scannen oder suchen:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="144" />
        <source>Scan a badge, or type a name, organisation or e-mail</source>
        <translation>Ausweis scannen oder Namen, Organisation oder E-Mail tippen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="145" />
        <source>Scan or search</source>
        <translation>Scannen oder suchen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="146" />
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="147" />
        <source>Selected attendee</source>
        <translation>Ausgewählte Person</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="149" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="149" />
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="150" />
        <source>Workshop:</source>
        <translation>Workshop:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="150" />
        <source>Needs:</source>
        <translation>Bedarf:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="151" />
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="151" />
        <source>Note for the desk:</source>
        <translation>Hinweis für den Empfang:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="152" />
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="157" />
        <source>Check &amp;in (Enter)</source>
        <translation>&amp;Einchecken (Enter)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="158" />
        <source>Check in the selected attendee</source>
        <translation>Ausgewählte Person einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="159" />
        <source>&amp;Undo check-in…</source>
        <translation>Check-in &amp;zurücknehmen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="160" />
        <source>Undo the check-in of the selected attendee</source>
        <translation>Check-in der ausgewählten Person zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="161" />
        <source>C&amp;orrect…</source>
        <translation>&amp;Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="162" />
        <source>Correct name or organisation</source>
        <translation>Name oder Organisation korrigieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="307" />
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="308" />
        <source>“{text}” is not on the list. Search by name, or register a walk-in (Ctrl+N).</source>
        <translation>„{text}“ steht nicht auf der Liste. Nach Namen suchen oder als Spontangast aufnehmen (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="313" />
        <source>Already checked in: {name}</source>
        <translation>Bereits eingecheckt: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="314" />
        <source>since {time} at {desk}</source>
        <translation>seit {time} Uhr an {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="320" />
        <source>Checked in: {name} – please note</source>
        <translation>Eingecheckt: {name} – bitte beachten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="323" />
        <source>Checked in: {name}</source>
        <translation>Eingecheckt: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="365" />
        <source>Walk-in not saved</source>
        <translation>Spontangast nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="381" />
        <source>Correction not saved</source>
        <translation>Korrektur nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="385" />
        <source>Corrected: {name}</source>
        <translation>Korrigiert: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="386" />
        <source>The change is in the log.</source>
        <translation>Die Änderung steht im Protokoll.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="406" />
        <source>Nothing to undo</source>
        <translation>Nichts zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="407" />
        <source>No check-in at this desk is in force.</source>
        <translation>An diesem Platz ist kein Check-in offen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="409" />
        <source>undone with Ctrl+Z</source>
        <translation>mit Strg+Z zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="415" />
        <source>Nothing undone</source>
        <translation>Nichts zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="421" />
        <source>Check-in undone: {name}</source>
        <translation>Check-in zurückgenommen: {name}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="422" />
        <source>The log keeps the check-in and the undo.</source>
        <translation>Das Protokoll behält Check-in und Rücknahme.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="435" />
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="442" />
        <source>✓ checked in at {time}, {desk}</source>
        <translation>✓ eingecheckt um {time} Uhr, {desk}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="445" />
        <source>not checked in</source>
        <translation>nicht eingecheckt</translation>
    </message>
</context>
<context>
    <name>EditAttendeeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33" />
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34" />
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35" />
        <source>Organisation t&amp;ype:</source>
        <translation>Art der Or&amp;ganisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35" />
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="36" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="40" />
        <source>Correct attendee</source>
        <translation>Person korrigieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="45" />
        <source>Rea&amp;son (optional):</source>
        <translation>&amp;Grund (optional):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="46" />
        <source>Reason for the correction</source>
        <translation>Grund der Korrektur</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="55" />
        <source>A person needs a first or last name.</source>
        <translation>Eine Person braucht einen Vor- oder Nachnamen.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="191" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="203" />
        <source>Choose the registration list</source>
        <translation>Anmeldeliste wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="192" />
        <source>A CSV file (from Excel or UTF-8) or an Excel workbook (XLSX).</source>
        <translation>Eine CSV-Datei (aus Excel oder UTF-8) oder eine Excel-Arbeitsmappe (XLSX).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="194" />
        <source>People already in the event are updated (matched by registration ID, else e-mail); new people are added. Nobody is deleted, and check-ins and codes stay as they are.</source>
        <translation>Personen, die schon in der Veranstaltung sind, werden aktualisiert (erkannt an der Anmelde-ID, sonst an der E-Mail); neue Personen kommen hinzu. Niemand wird gelöscht, Check-ins und Codes bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="196" />
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="197" />
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="198" />
        <source>Registration list file</source>
        <translation>Datei der Anmeldeliste</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="199" />
        <source>Choose the registration list file</source>
        <translation>Datei der Anmeldeliste wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="204" />
        <source>Registration lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Anmeldelisten (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="218" />
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="223" />
        <source>%n row(s) with %1 columns.</source>
        <translation><numerusform>%n Zeile mit %1 Spalten.</numerusform><numerusform>%n Zeilen mit %1 Spalten.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="21" />
        <source>Registration ID</source>
        <translation>Anmelde-ID</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="22" />
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="23" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="24" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="25" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="26" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="27" />
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="28" />
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="29" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="30" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="31" />
        <source>Dietary needs</source>
        <translation>Ernährung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="32" />
        <source>Accessibility needs</source>
        <translation>Barrierefreiheit</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="33" />
        <source>Photo consent</source>
        <translation>Einwilligung Foto</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="34" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="35" />
        <source>Note for the desk</source>
        <translation>Hinweis für den Empfang</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="36" />
        <source>Registered at</source>
        <translation>Angemeldet am</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="687" />
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="181" />
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="184" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="185" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="186" />
        <source>&amp;Recent events</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="187" />
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="188" />
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="189" />
        <source>&amp;Import registrations…</source>
        <translation>Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="191" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="192" />
        <source>&amp;Undo last check-in</source>
        <translation>Letzten Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="193" />
        <source>&amp;Walk-in…</source>
        <translation>&amp;Spontangast…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="194" />
        <source>&amp;Correct attendee…</source>
        <translation>Person &amp;korrigieren…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="195" />
        <source>&amp;Find attendee</source>
        <translation>Person &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="196" />
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="224" />
        <source>Cannot open the event</source>
        <translation>Die Veranstaltung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="280" />
        <source>Station: {station}</source>
        <translation>Platz: {station}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="286" />
        <source>Checked in: {checked_in} / {registered}   Walk-ins: {walk_ins}   Last 15 min: {recent}</source>
        <translation>Eingecheckt: {checked_in} / {registered}   Spontangäste: {walk_ins}   Letzte 15 Min.: {recent}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="312" />
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313" />
        <source>Check which column of the file feeds each field. Columns not chosen are not stored (data minimisation).</source>
        <translation>Prüfen Sie, welche Spalte der Datei welches Feld füllt. Nicht gewählte Spalten werden nicht gespeichert (Datensparsamkeit).</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="315" />
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="316" />
        <source>Sheet of the workbook</source>
        <translation>Tabellenblatt der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="317" />
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="319" />
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="324" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="360" />
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="334" />
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Datei:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="336" />
        <source>&lt;b&gt;Type:&lt;/b&gt; Excel workbook</source>
        <translation>&lt;b&gt;Typ:&lt;/b&gt; Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="338" />
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kodierung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="339" />
        <source>&lt;b&gt;Delimiter:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Trennzeichen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="340" />
        <source>&lt;b&gt;Rows:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zeilen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="362" />
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="399" />
        <source>Choose the column of the first or the last name.</source>
        <translation>Wählen Sie die Spalte des Vor- oder Nachnamens.</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="109" />
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="110" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="111" />
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="112" />
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="113" />
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="114" />
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="115" />
        <source>e.g. Integration vor Ort leben</source>
        <translation>z. B. Integration vor Ort leben</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="116" />
        <source>e.g. Dortmund</source>
        <translation>z. B. Dortmund</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="117" />
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="118" />
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="119" />
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="120" />
        <source>Event file</source>
        <translation>Veranstaltungsdatei</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="121" />
        <source>Choose the event file</source>
        <translation>Veranstaltungsdatei wählen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="122" />
        <source>The event is kept in this one file. Keep a copy as a backup.</source>
        <translation>Die Veranstaltung steht in dieser einen Datei. Bewahren Sie eine Kopie als Sicherung auf.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="149" />
        <source>Where to keep the new event</source>
        <translation>Wo die neue Veranstaltung gespeichert wird</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="150" />
        <source>Event databases (*.db);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="175" />
        <source>Please give the event a name.</source>
        <translation>Bitte geben Sie der Veranstaltung einen Namen.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="179" />
        <source>Please choose where to keep the event file.</source>
        <translation>Bitte wählen Sie, wo die Veranstaltungsdatei liegen soll.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="183" />
        <source>{file} exists already. Choose another file name, or use Open event to open it.</source>
        <translation>{file} gibt es schon. Wählen Sie einen anderen Dateinamen, oder öffnen Sie sie mit „Veranstaltung öffnen“.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="195" />
        <source>{file} cannot be created: {reason}</source>
        <translation>{file} kann nicht angelegt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>OpenEvent</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="233" />
        <source>Open event</source>
        <translation>Veranstaltung öffnen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="236" />
        <source>Event databases (*.db);;All files (*)</source>
        <translation>Veranstaltungsdateien (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="126" />
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="130" />
        <source>Column “{column}” is imported as: {fields}</source>
        <translation>Spalte „{column}“ wird importiert als: {fields}</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="133" />
        <source>Column “{column}” is not imported</source>
        <translation>Spalte „{column}“ wird nicht importiert</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="148" />
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="148" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="149" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="576" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="577" />
        <source>All or nothing: the registrations are written to the event in one step.</source>
        <translation>Alles oder nichts: Die Anmeldungen werden in einem Schritt in die Veranstaltung geschrieben.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="578" />
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="584" />
        <source>Importing… You can keep working; Cancel stops the import and changes nothing.</source>
        <translation>Import läuft… Sie können weiterarbeiten; Abbrechen stoppt den Import und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="599" />
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="624" />
        <source>&lt;b&gt;Imported.&lt;/b&gt; New: %1, updated: %2, unchanged: %3.</source>
        <translation>&lt;b&gt;Importiert.&lt;/b&gt; Neu: %1, aktualisiert: %2, unverändert: %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="628" />
        <source>%n invalid row(s) skipped.</source>
        <translation><numerusform>%n ungültige Zeile übersprungen.</numerusform><numerusform>%n ungültige Zeilen übersprungen.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="631" />
        <source>%n person(s) of the event are not in this file; they stay in the event.</source>
        <translation><numerusform>%n Person der Veranstaltung ist nicht in dieser Datei; sie bleibt in der Veranstaltung.</numerusform><numerusform>%n Personen der Veranstaltung sind nicht in dieser Datei; sie bleiben in der Veranstaltung.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="643" />
        <source>The import failed and changed nothing: %1</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts geändert: %1</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="645" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import abgebrochen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>&amp;Station (desk) name:</source>
        <translation>&amp;Platz (Empfang):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>S&amp;ounds:</source>
        <translation>&amp;Töne:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="43" />
        <source>&amp;Text size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="46" />
        <source>Play a sound after every scan</source>
        <translation>Nach jedem Scan einen Ton abspielen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="47" />
        <source>Station name</source>
        <translation>Name des Platzes</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="49" />
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="50" />
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="91" />
        <source>Welcome to checkin</source>
        <translation>Willkommen bei checkin</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="92" />
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="93" />
        <source>&amp;Open event…</source>
        <translation>Veranstaltung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="94" />
        <source>Try the &amp;demo event</source>
        <translation>&amp;Demo-Veranstaltung ausprobieren</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="95" />
        <source>&amp;Recent events (Enter opens):</source>
        <translation>&amp;Zuletzt geöffnet (Enter öffnet):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96" />
        <source>Recent events</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="26" />
        <source>Undo check-in</source>
        <translation>Check-in zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="27" />
        <source>Undo the check-in of {name}? &amp;Reason (kept in the log):</source>
        <translation>Check-in von {name} zurücknehmen? &amp;Grund (steht im Protokoll):</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="29" />
        <source>Reason for undoing</source>
        <translation>Grund der Rücknahme</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="30" />
        <source>e.g. wrong person scanned</source>
        <translation>z. B. falsche Person gescannt</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31" />
        <source>&amp;Undo check-in</source>
        <translation>Check-in &amp;zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="32" />
        <source>Walk-in: register and check in</source>
        <translation>Spontangast: aufnehmen und einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="35" />
        <source>Type of organisation</source>
        <translation>Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39" />
        <source>Check &amp;in</source>
        <translation>&amp;Einchecken</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="52" />
        <source>Please enter a first or last name.</source>
        <translation>Bitte einen Vor- oder Nachnamen eingeben.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="43" />
        <source>checkin: something went wrong</source>
        <translation>checkin: Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="44" />
        <source>Something went wrong: {error}

Your check-ins are saved. Details were written to {log}.</source>
        <translation>Etwas ist schiefgegangen: {error}

Ihre Check-ins sind gespeichert. Einzelheiten stehen in {log}.</translation>
    </message>
</context>
</TS>