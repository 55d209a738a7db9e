<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="177"/>
        <location filename="../../checkin/ui/attendee_model.py" line="185"/>
        <source>✓ checked in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="178"/>
        <location filename="../../checkin/ui/attendee_model.py" line="185"/>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="200"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="202"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="184"/>
        <location filename="../../checkin/ui/attendee_model.py" line="186"/>
        <location filename="../../checkin/ui/attendee_model.py" line="204"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeMenu</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="497"/>
        <source>&amp;Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="498"/>
        <source>&amp;Print badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="499"/>
        <source>Print badge on &amp;check-in at this desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="254"/>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Not yet printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257"/>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="260"/>
        <source>Search results for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="262"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="263"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="255"/>
        <source>Badges &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="256"/>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="264"/>
        <source>Badge s&amp;tock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="267"/>
        <source>&amp;Labels already used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="268"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="269"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="308"/>
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="309"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="332"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="334"/>
        <source>%n badge(s) with letters no font on this computer has; they are printed as {mark}: {names}. Install a font for them (on Debian: fontconfig and fonts-noto-core), then start checkin again.</source>
        <translation>
            <numerusform>%n badge with letters no font on this computer has; it is printed with {mark} for them: {names}. Install a font for them (on Debian: fontconfig and fonts-noto-core), then start checkin again.</numerusform>
            <numerusform>%n badges with letters no font on this computer has; they are printed with {mark} for them: {names}. Install a font for them (on Debian: fontconfig and fonts-noto-core), then start checkin again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="353"/>
        <source>badges.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="354"/>
        <source>Save badges as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="355"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="358"/>
        <source>Saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="366"/>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgePrint</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="96"/>
        <source>Print badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="102"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="140"/>
        <source>The badges were not printed. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../checkin/ui/banner.py" line="84"/>
        <source>OK, noted (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="85"/>
        <source>Acknowledge the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="86"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="88"/>
        <source>Ready: scan a badge or type a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="565"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="566"/>
        <source>A trial run: nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="567"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="568"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="657"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="569"/>
        <source>Problems by row and column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="570"/>
        <source>&amp;Skip invalid rows and import the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="571"/>
        <source>Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="582"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="619"/>
        <source>The file cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="641"/>
        <source>%n row(s) cannot be imported as they are. Fix the file and start again, or skip these rows.</source>
        <translation>
            <numerusform>%n row cannot be imported as it is. Fix the file and start again, or skip this row.</numerusform>
            <numerusform>%n rows cannot be imported as they are. Fix the file and start again, or skip these rows.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="645"/>
        <source>Every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="656"/>
        <source>Problems and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="657"/>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="661"/>
        <source>&lt;b&gt;New:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Updated:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unchanged:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Not in the file:&lt;/b&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="666"/>
        <source>Skipping the invalid rows, the import gives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="670"/>
        <source>This file shares few people with the event: %1 new, %2 not in the file. Is it the right list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="675"/>
        <source>%n person(s) of the event are not in this file. They stay in the event; nobody is deleted.</source>
        <translation>
            <numerusform>%n person of the event is not in this file. They stay in the event; nobody is deleted.</numerusform>
            <numerusform>%n people of the event are not in this file. They stay in the event; nobody is deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="679"/>
        <source>%n person(s) in the file have another person&apos;s name under the same registration ID or e-mail as in the event (swapped numbers? a ticket passed on?). The import does what the file says: code, badge and check-in go with the new name. Check them in the list below.</source>
        <translation>
            <numerusform>%n person in the file has another person&apos;s name under the same registration ID or e-mail as in the event (swapped numbers? a ticket passed on?). The import does what the file says: code, badge and check-in go with the new name. Check them in the list below.</numerusform>
            <numerusform>%n people in the file have another person&apos;s name under the same registration ID or e-mail as in the event (swapped numbers? a ticket passed on?). The import does what the file says: code, badge and check-in go with the new name. Check them in the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="686"/>
        <source>%n cell(s) could not be read (a date, a photo consent, an Excel error value such as #NV): those people are imported with the cell empty (consent: not asked). See the list below.</source>
        <translation>
            <numerusform>%n cell could not be read (a date, a photo consent, an Excel error value such as #NV): that person is imported with the cell empty (consent: not asked). See the list below.</numerusform>
            <numerusform>%n cells could not be read (a date, a photo consent, an Excel error value such as #NV): those people are imported with the cell empty (consent: not asked). See the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="690"/>
        <source>%n name(s) lost letters in this file (shown as &apos;?&apos;), e.g. Cyrillic or Greek names saved by Excel as Windows-1252. They are imported as they are; save the list as &apos;CSV UTF-8&apos; or XLSX to keep every letter.</source>
        <translation>
            <numerusform>%n name lost letters in this file (shown as &apos;?&apos;), e.g. a Cyrillic or Greek name saved by Excel as Windows-1252. It is imported as it is; save the list as &apos;CSV UTF-8&apos; or XLSX to keep every letter.</numerusform>
            <numerusform>%n names lost letters in this file (shown as &apos;?&apos;), e.g. Cyrillic or Greek names saved by Excel as Windows-1252. They are imported as they are; save the list as &apos;CSV UTF-8&apos; or XLSX to keep every letter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="694"/>
        <source>With problems in the file, nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="228"/>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="238"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="239"/>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="240"/>
        <source>Attended (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="241"/>
        <source>of them walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="242"/>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="243"/>
        <source>By type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="244"/>
        <source>By workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="245"/>
        <source>Arrivals per 15 minutes (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="246"/>
        <source>No arrivals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="247"/>
        <source>The personal data of this event was deleted; these are the anonymous counts kept for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="249"/>
        <source>Walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="250"/>
        <source>Type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="251"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="306"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="307"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="308"/>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="309"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="312"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dashboard.py" line="317"/>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../checkin/ui/desk.py" line="207"/>
        <source>&amp;Scan or search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="208"/>
        <source>Scan a badge, or type a name, organisation or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="209"/>
        <source>Scan or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="210"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="211"/>
        <source>Selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="213"/>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="213"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="214"/>
        <source>Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="214"/>
        <source>Needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="215"/>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="215"/>
        <source>Note for the desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="216"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="220"/>
        <source>Check &amp;in (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="221"/>
        <source>Check in the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="222"/>
        <source>&amp;Undo check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="223"/>
        <source>Undo the check-in of the selected attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="225"/>
        <source>Correct name or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="323"/>
        <source>This event is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="324"/>
        <source>Its personal data was deleted; nobody can be checked in or added. The figures are under View → Report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="354"/>
        <source>Nobody found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="497"/>
        <source>Next badge scanned: it is checked in once this note is acknowledged (Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="503"/>
        <source>The event file is busy: another desk or program has been writing to it for several seconds. Nothing was saved; scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="506"/>
        <source>The event file was moved, renamed or deleted while it was open, or its drive was removed. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="509"/>
        <source>The event file could not be written ({reason}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="524"/>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="558"/>
        <source>Badge of another event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="559"/>
        <source>“{text}” is a checkin badge, but not of this event (another event, or a list imported again as a new event). Search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="562"/>
        <source>Unknown code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="563"/>
        <source>“{text}” is not on the list. Search by name, or register a walk-in (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="568"/>
        <source>Already checked in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="569"/>
        <source>since {time} at {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="575"/>
        <source>Checked in: {name} – please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="579"/>
        <location filename="../../checkin/ui/desk.py" line="606"/>
        <source>Checked in: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="638"/>
        <source>Scanned during the note and not checked in: {names}. Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="680"/>
        <source>Walk-in not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="690"/>
        <source>Choose a person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="700"/>
        <source>Correction not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="704"/>
        <source>Corrected: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="705"/>
        <source>The change is in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="734"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="732"/>
        <source>undone with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="224"/>
        <source>C&amp;orrect attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="735"/>
        <source>No check-in made here is in force. To undo another, choose the person and use “Undo check-in…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="742"/>
        <source>Nothing undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="749"/>
        <source>Check-in undone: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="750"/>
        <source>The log keeps the check-in and the undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="690"/>
        <location filename="../../checkin/ui/desk.py" line="782"/>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="786"/>
        <source>walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="790"/>
        <source>✓ checked in at {time}, {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="793"/>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskBadges</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="397"/>
        <source>Print the selected attendee&apos;s badge again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="396"/>
        <source>Re&amp;print badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="399"/>
        <source>&amp;Print badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="400"/>
        <source>Print the selected attendee&apos;s badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="415"/>
        <source>Badge: not printed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="419"/>
        <source>Badge: printed {time} at {desk} ({count}×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="421"/>
        <source>Badge out of date: printed {time} at {desk} ({count}×), before a change of name, title, organisation or category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditAttendeeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35"/>
        <source>Organisation t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="36"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="40"/>
        <source>Correct attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="45"/>
        <source>Reaso&amp;n (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="46"/>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="55"/>
        <source>A person needs a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="68"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="69"/>
        <source>What do you want to export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="70"/>
        <source>Attendance &amp;list to sign (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="71"/>
        <source>Attendance as an &amp;Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="72"/>
        <source>Attendance as CSV for &amp;German Excel (;, Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="73"/>
        <source>Attendance as CSV, &amp;UTF-8 with ; (all letters kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="74"/>
        <source>&amp;Report with figures and chart (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="75"/>
        <source>Only people &amp;checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="76"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="91"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="121"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="137"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/export_dialog.py" line="138"/>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <location filename="../../checkin/ui/file_access.py" line="92"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/file_access.py" line="93"/>
        <source>{name} exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="211"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="223"/>
        <source>Choose the registration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="212"/>
        <source>A CSV file (from Excel or UTF-8) or an Excel workbook (XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="214"/>
        <source>People already in the event are updated (matched by registration ID, else e-mail, else name); new people are added. Nobody is deleted, and check-ins and codes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="216"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="217"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="218"/>
        <source>Registration list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="219"/>
        <source>Choose the registration list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="224"/>
        <source>Registration lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="242"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="247"/>
        <source>{rows} with {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="248"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="249"/>
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/form.py" line="60"/>
        <source>That is a badge code, not a name. Cancel and scan it at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../checkin/ui/help.py" line="48"/>
        <source>Desk help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="49"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="60"/>
        <source>Scan a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="60"/>
        <source>anywhere in the window, even with a dialog or a menu open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="61"/>
        <source>Type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="61"/>
        <source>a few letters of first or last name, organisation or e-mail; Müller, Mueller and Muller all find Müller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="63"/>
        <source>choose a person in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="64"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="64"/>
        <source>check in the person chosen; on a blue note: noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="65"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="65"/>
        <source>clear the search; on a blue note: noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="70"/>
        <source>Checked in: the person may go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="71"/>
        <source>Already checked in: the banner says since when and at which desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="72"/>
        <source>Checked in, please note: tell the person what the note says (speaker, press, accessibility), then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="74"/>
        <source>Unknown badge, or not checked in: the banner says which and what to do (search by name, register a walk-in, scan again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="76"/>
        <source>A check-in was undone; the log keeps both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="79"/>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="79"/>
        <source>Scan the QR code on the badge or the confirmation, or type a name and press Enter. The large banner at the top says what happened, in colour, words and sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="82"/>
        <source>Mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="82"/>
        <source>Checked in the wrong person? Ctrl+Z undoes the last check-in made at this desk. To undo another, choose the person and press “Undo check-in…” on the card. Nothing is ever deleted: the log keeps every check-in and undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="86"/>
        <source>If something goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="86"/>
        <source>Red “Not checked in”: nothing was saved; scan the badge again in a moment. Every check-in the banner showed in green is saved on this laptop, also through a crash or a power cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/help.py" line="97"/>
        <source>The banner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="23"/>
        <source>Registration ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="24"/>
        <source>Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="25"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="26"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="27"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="28"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="29"/>
        <source>Type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="30"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="31"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="32"/>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="33"/>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="34"/>
        <source>Accessibility needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="35"/>
        <source>Photo consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="36"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="37"/>
        <source>Note for the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="38"/>
        <source>Registered at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="44"/>
        <source>no name: first and last name are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="45"/>
        <source>malformed e-mail address &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="46"/>
        <source>registration id &apos;{value}&apos; appears twice (first in row {first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="48"/>
        <source>photo consent &apos;{value}&apos; is not ja/nein, yes/no, x, 1 or 0: imported as not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="51"/>
        <source>unreadable date &apos;{value}&apos; (not dd.mm.yyyy HH:MM or ISO 8601): left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="53"/>
        <source>letters lost in &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="54"/>
        <source>{value} was {old}, now {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="55"/>
        <source>{value} was {old}, now {new} (checked in {time} at {station})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="57"/>
        <source>{value} was {old}, now {new} (badge printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="59"/>
        <source>{value} was {old}, now {new} (checked in {time} at {station}; badge printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="61"/>
        <source>Excel error value &apos;{value}&apos; (a formula that failed): left empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="92"/>
        <source>Windows-1252 (German Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="93"/>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="94"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="98"/>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="99"/>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="100"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="101"/>
        <source>vertical bar (|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="908"/>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="58"/>
        <source>&amp;Go on with the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="80"/>
        <source>Another desk&apos;s copy of this event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="81"/>
        <source>Event databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="302"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="305"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="306"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="307"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="308"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="309"/>
        <source>Desk &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="310"/>
        <source>&amp;About checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="311"/>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="312"/>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="313"/>
        <source>&amp;Close event and delete personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="314"/>
        <source>Admin &amp;PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="315"/>
        <source>&amp;Report (dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="316"/>
        <source>&amp;Recent events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="317"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="318"/>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="319"/>
        <source>&amp;Import registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="320"/>
        <source>&amp;Merge another desk&apos;s check-ins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="322"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="323"/>
        <source>&amp;Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="324"/>
        <source>&amp;Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="325"/>
        <source>&amp;Correct attendee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="326"/>
        <source>&amp;Find attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="327"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="355"/>
        <source>Cannot open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="438"/>
        <source>Cannot merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="442"/>
        <source>Taken in from the other desk: {events} log entries, {people} walk-ins. {present} people are checked in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="446"/>
        <source>Checked in at both desks: {both} (each counts once, from the earlier check-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="450"/>
        <source>Walk-ins from the other desk with a name already in the event (the same person registered at both desks? then undo one check-in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="453"/>
        <source>Desks merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="495"/>
        <source>About checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="496"/>
        <source>&lt;b&gt;checkin {version}&lt;/b&gt;&lt;p&gt;A check-in desk for conferences: scan or search, check in, walk-ins and undo; badges; attendance lists and figures afterwards. It works without a network; each event is one file on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="543"/>
        <source>PIN not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="546"/>
        <source>Automatic backup failed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="584"/>
        <location filename="../../checkin/ui/main_window.py" line="596"/>
        <source>Badge scanned: open an event to check people in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="587"/>
        <source>Badge scanned: the desk shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="591"/>
        <source>Badge scanned: it is checked in when this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="625"/>
        <source>Scanned before: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="641"/>
        <source>{path} was moved, renamed or deleted while this window had it open, or its drive was removed. Nobody can be checked in here until the event is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="651"/>
        <source>A copy of the check-ins could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="653"/>
        <source>Every check-in this window saw is saved in this copy:
{copy}
Go on with it: the moved file may lack the latest check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="657"/>
        <source>Everything checked in before that is saved in the file itself. What the dialog was for (an export, a PDF, a print) was not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="662"/>
        <source>Scanned but not checked in (scan these badges again): {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="665"/>
        <source>The event file is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="669"/>
        <source>Station: {station}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="677"/>
        <source>Checked in: {checked_in} / {registered}   Walk-ins: {walk_ins}   Last 15 min: {recent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="347"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="348"/>
        <source>Check which column of the file feeds each field. Columns not chosen are not stored (data minimisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="350"/>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="351"/>
        <source>Sheet of the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="352"/>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="353"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="360"/>
        <source>Preview of the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="354"/>
        <source>Grey columns are not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="355"/>
        <source>Also keep other columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="356"/>
        <source>Store other columns as they are, e.g. for a question only this event asks. Keep only what the event needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="365"/>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="407"/>
        <source>— not imported —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="377"/>
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="379"/>
        <source>&lt;b&gt;Type:&lt;/b&gt; Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="381"/>
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="383"/>
        <source>&lt;b&gt;Delimiter:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="384"/>
        <source>&lt;b&gt;Rows:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="386"/>
        <source>&lt;b&gt;Column names:&lt;/b&gt; row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="431"/>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="486"/>
        <source>Also &amp;keep columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="487"/>
        <source>Also &amp;keep columns (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="500"/>
        <source>Choose the column of the first or the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="509"/>
        <source>Several columns are named “%1”: check that “%2” takes the right one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamesakeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="32"/>
        <source>no organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="34"/>
        <source>checked in at {time}, {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="37"/>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="41"/>
        <source>Already in the event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="42"/>
        <source>{name} is already in the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="44"/>
        <source>If this is the same person, they are already checked in: there is no need to add a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="47"/>
        <source>If this is the same person, check them in from the list instead of adding a walk-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="50"/>
        <source>&amp;Show in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="51"/>
        <source>&amp;Add a new walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/namesake.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="120"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="121"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="122"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="123"/>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="124"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="125"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="126"/>
        <source>e.g. Integration vor Ort leben</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="127"/>
        <source>e.g. Dortmund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="128"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="129"/>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="130"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="131"/>
        <source>Event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="132"/>
        <source>Choose the event file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="133"/>
        <source>The event is kept in this one file. Keep a copy as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="158"/>
        <source>Where to keep the new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="159"/>
        <source>Event databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="184"/>
        <source>Please give the event a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="188"/>
        <source>Please choose where to keep the event file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="192"/>
        <source>{file} exists already. Choose another file name, or use Open event to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="204"/>
        <source>{file} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenEvent</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="242"/>
        <source>Open event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="245"/>
        <source>Event databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="46"/>
        <location filename="../../checkin/ui/admin.py" line="48"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="47"/>
        <source>Admin &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="49"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="49"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="56"/>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="178"/>
        <source>kept as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="180"/>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="184"/>
        <source>Column “{column}” is imported as: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="189"/>
        <source>Column “{column}” is stored as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="191"/>
        <source>Column “{column}” is not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="210"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="210"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="211"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="240"/>
        <source>Warning (imported): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeBackupsText</name>
    <message numerus="yes">
        <location filename="../../checkin/ui/admin.py" line="188"/>
        <source>%n backup(s) of this event were deleted too.</source>
        <translation>
            <numerusform>%n backup of this event was deleted too.</numerusform>
            <numerusform>%n backups of this event were deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/admin.py" line="190"/>
        <source>%n backup(s) still hold personal data, in {folder}.</source>
        <translation>
            <numerusform>%n backup still holds personal data, in {folder}.</numerusform>
            <numerusform>%n backups still hold personal data, in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="159"/>
        <source>Close the event (delete personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="161"/>
        <source>&lt;p&gt;&lt;b&gt;This deletes every name, e-mail address, organisation and note of this event for good&lt;/b&gt;, with the check-in log and the search index. Only anonymous counts stay (by type of organisation, by workshop, arrivals per 15 minutes), so the report still works.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Export first&lt;/b&gt; what you must keep: the attendance export, the signed attendance list and the report (File ▸ Export…).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="166"/>
        <source>I have &amp;exported what I need to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="167"/>
        <source>Also delete this event&apos;s &amp;backups (they hold the same personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="169"/>
        <source>&amp;Delete personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="170"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="272"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="273"/>
        <source>&lt;time&gt;</source>
        <comment>placeholder in a file name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="276"/>
        <source>Choose the backup to restore. The current event file is kept beside it as “{file}”. Check-ins made after the backup are not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="278"/>
        <source>Other &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="279"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="280"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="283"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="284"/>
        <source>Event databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="742"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="743"/>
        <source>All or nothing: the registrations are written to the event in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="744"/>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="748"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="751"/>
        <source>Importing… Cancel stops the import and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="766"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="791"/>
        <source>&lt;b&gt;Imported.&lt;/b&gt; New: %1, updated: %2, unchanged: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="795"/>
        <source>%n invalid row(s) skipped.</source>
        <translation>
            <numerusform>%n invalid row skipped.</numerusform>
            <numerusform>%n invalid rows skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="799"/>
        <source>%n person(s) of the event are not in this file; they stay in the event.</source>
        <translation>
            <numerusform>%n person of the event is not in this file; they stay in the event.</numerusform>
            <numerusform>%n people of the event are not in this file; they stay in the event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="811"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; %n person(s) in the file have another person&apos;s name under the same registration ID or e-mail; code, badge and check-in went with the new name:</source>
        <translation>
            <numerusform>&lt;b&gt;Check:&lt;/b&gt; %n person in the file has another person&apos;s name under the same registration ID or e-mail; code, badge and check-in went with the new name:</numerusform>
            <numerusform>&lt;b&gt;Check:&lt;/b&gt; %n people in the file have another person&apos;s name under the same registration ID or e-mail; code, badge and check-in went with the new name:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="815"/>
        <source>row {row}, {column}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="820"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="829"/>
        <source>The import failed and changed nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="831"/>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="832"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="100"/>
        <source>Set admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="101"/>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="102"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="104"/>
        <source>The PIN locks import, export, purge, settings and undoing another desk&apos;s check-in in this window. It guards the window, not the file: the laptop&apos;s disk encryption protects the file. Leave both fields empty to remove the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="107"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="112"/>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="114"/>
        <source>The PIN needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Station (desk) name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="44"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="47"/>
        <source>Play a s&amp;ound after every scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="48"/>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="49"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="50"/>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="52"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="161"/>
        <source>Welcome to checkin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="162"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="163"/>
        <source>&amp;Open event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="164"/>
        <source>Try the &amp;demo event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="165"/>
        <source>&amp;Recent events (Enter opens):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="166"/>
        <source>Recent events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="30"/>
        <source>Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31"/>
        <source>Undo the check-in of {name}? &amp;Reason (kept in the log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="33"/>
        <source>Reason for undoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="34"/>
        <source>e.g. wrong person scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="35"/>
        <source>&amp;Undo check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="35"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39"/>
        <source>Walk-in: register and check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="40"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="41"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="42"/>
        <source>Type of organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="46"/>
        <source>Print &amp;badge now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="47"/>
        <source>Check &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="61"/>
        <source>Please enter a first or last name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../checkin/ui/admin.py" line="78"/>
        <source>No backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="205"/>
        <source>Purge incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="207"/>
        <source>Deleted {people} people and {entries} log entries; anonymous counts kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="212"/>
        <source>These copies of the event still hold the personal data; delete them too: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="218"/>
        <source>The event&apos;s {count} backups are kept while those copies hold the same people; once they are deleted or closed, close this event again to delete the backups too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="222"/>
        <source>Desk copies on other laptops keep theirs until they are purged or deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="224"/>
        <source>Event closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="306"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="307"/>
        <source>Replace the event with the backup of {time}? Check-ins and walk-ins since then are not in it (the current file is kept aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="311"/>
        <source>&amp;Replace the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="333"/>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="336"/>
        <source>Restored {backup}. The replaced file was kept as {replaced}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/admin.py" line="338"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="43"/>
        <source>checkin: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="44"/>
        <source>Something went wrong: {error}

Every check-in the desk confirmed in green is saved. Details were written to {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
