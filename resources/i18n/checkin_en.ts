<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttendeeModel</name>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="129" />
        <source>✓ checked in {time}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="130" />
        <source>not checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="136" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="138" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/attendee_model.py" line="140" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BadgePreviewDialog</name>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="202" />
        <source>Print badges</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="203" />
        <source>Badge stock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="204" />
        <source>Labels already used:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="205" />
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="206" />
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="235" />
        <source>%n badge(s)</source>
        <translation><numerusform>%n badge</numerusform><numerusform>%n badges</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/badge_print.py" line="236" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="256" />
        <source>Save badges as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="257" />
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/badge_print.py" line="267" />
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../checkin/ui/banner.py" line="65" />
        <source>OK, noted (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="66" />
        <source>Acknowledge the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="67" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/banner.py" line="69" />
        <source>Ready: scan a badge or type a name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="454" />
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="455" />
        <source>A trial run: nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="456" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="457" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="458" />
        <source>Problems by row and column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="459" />
        <source>&amp;Skip invalid rows and import the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="460" />
        <source>Skip invalid rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="470" />
        <source>Checking every row…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="506" />
        <source>The file cannot be checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="521" />
        <source>%n row(s) cannot be imported as they are. Fix the file and start again, or skip these rows.</source>
        <translation><numerusform>%n row cannot be imported as they are. Fix the file and start again, or skip these rows.</numerusform><numerusform>%n rows cannot be imported as they are. Fix the file and start again, or skip these rows.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="525" />
        <source>Every row can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="530" />
        <source>&lt;b&gt;New:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Updated:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Unchanged:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;Not in the file:&lt;/b&gt; %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="535" />
        <source>Skipping the invalid rows, the import gives: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="539" />
        <source>%n person(s) of the event are not in this file. They stay in the event; nobody is deleted.</source>
        <translation><numerusform>%n person of the event are not in this file. They stay in the event; nobody is deleted.</numerusform><numerusform>%n persons of the event are not in this file. They stay in the event; nobody is deleted.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="542" />
        <source>With problems in the file, nothing will be imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../checkin/ui/desk.py" line="143" />
        <source>&amp;Scan or search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="144" />
        <source>Scan a badge, or type a name, organisation or e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="145" />
        <source>Scan or search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="146" />
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="147" />
        <source>Selected attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="149" />
        <source>Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="149" />
        <source>Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="150" />
        <source>Workshop:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="150" />
        <source>Needs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="151" />
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="151" />
        <source>Note for the desk:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="152" />
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="157" />
        <source>Check &amp;in (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="158" />
        <source>Check in the selected attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="159" />
        <source>&amp;Undo check-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="160" />
        <source>Undo the check-in of the selected attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="161" />
        <source>C&amp;orrect…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="162" />
        <source>Correct name or organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="307" />
        <source>Unknown code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="308" />
        <source>“{text}” is not on the list. Search by name, or register a walk-in (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="313" />
        <source>Already checked in: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="314" />
        <source>since {time} at {desk}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="320" />
        <source>Checked in: {name} – please note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="323" />
        <source>Checked in: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="365" />
        <source>Walk-in not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="381" />
        <source>Correction not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="385" />
        <source>Corrected: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="386" />
        <source>The change is in the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="406" />
        <source>Nothing to undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="407" />
        <source>No check-in at this desk is in force.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="409" />
        <source>undone with Ctrl+Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="415" />
        <source>Nothing undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="421" />
        <source>Check-in undone: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="422" />
        <source>The log keeps the check-in and the undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="435" />
        <source>Nobody selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="442" />
        <source>✓ checked in at {time}, {desk}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/desk.py" line="445" />
        <source>not checked in</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditAttendeeDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="33" />
        <source>&amp;First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34" />
        <source>&amp;Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="34" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35" />
        <source>Organisation t&amp;ype:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="35" />
        <source>&amp;Role:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="36" />
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="40" />
        <source>Correct attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="45" />
        <source>Rea&amp;son (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="46" />
        <source>Reason for the correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="47" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/edit_attendee.py" line="55" />
        <source>A person needs a first or last name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="191" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="203" />
        <source>Choose the registration list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="192" />
        <source>A CSV file (from Excel or UTF-8) or an Excel workbook (XLSX).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="194" />
        <source>People already in the event are updated (matched by registration ID, else e-mail); new people are added. Nobody is deleted, and check-ins and codes stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="196" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="197" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="198" />
        <source>Registration list file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="199" />
        <source>Choose the registration list file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="204" />
        <source>Registration lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="218" />
        <source>Reading the file…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="223" />
        <source>%n row(s) with %1 columns.</source>
        <translation><numerusform>%n row with %1 columns.</numerusform><numerusform>%n rows with %1 columns.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="21" />
        <source>Registration ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="22" />
        <source>Salutation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="23" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="24" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="25" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="26" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="27" />
        <source>Type of organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="28" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="29" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="30" />
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="31" />
        <source>Dietary needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="32" />
        <source>Accessibility needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="33" />
        <source>Photo consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="34" />
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="35" />
        <source>Note for the desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="36" />
        <source>Registered at</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="687" />
        <source>Import registrations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="181" />
        <source>(none yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="184" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="185" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="186" />
        <source>&amp;Recent events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="187" />
        <source>&amp;New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="188" />
        <source>&amp;Open event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="189" />
        <source>&amp;Import registrations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="191" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="192" />
        <source>&amp;Undo last check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="193" />
        <source>&amp;Walk-in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="194" />
        <source>&amp;Correct attendee…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="195" />
        <source>&amp;Find attendee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="196" />
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="224" />
        <source>Cannot open the event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="280" />
        <source>Station: {station}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="286" />
        <source>Checked in: {checked_in} / {registered}   Walk-ins: {walk_ins}   Last 15 min: {recent}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="312" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="313" />
        <source>Check which column of the file feeds each field. Columns not chosen are not stored (data minimisation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="315" />
        <source>&amp;Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="316" />
        <source>Sheet of the workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="317" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="318" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="319" />
        <source>Preview of the first rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="324" />
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="360" />
        <source>— not imported —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="334" />
        <source>&lt;b&gt;File:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="336" />
        <source>&lt;b&gt;Type:&lt;/b&gt; Excel workbook</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="338" />
        <source>&lt;b&gt;Encoding:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="339" />
        <source>&lt;b&gt;Delimiter:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="340" />
        <source>&lt;b&gt;Rows:&lt;/b&gt; %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="362" />
        <source>(column %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="399" />
        <source>Choose the column of the first or the last name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="109" />
        <source>New event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="110" />
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="111" />
        <source>&amp;Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="112" />
        <source>&amp;Venue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="113" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="114" />
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="115" />
        <source>e.g. Integration vor Ort leben</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="116" />
        <source>e.g. Dortmund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="117" />
        <source>Event name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="118" />
        <source>Event date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="119" />
        <source>Venue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="120" />
        <source>Event file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="121" />
        <source>Choose the event file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="122" />
        <source>The event is kept in this one file. Keep a copy as a backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="149" />
        <source>Where to keep the new event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="150" />
        <source>Event databases (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="175" />
        <source>Please give the event a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="179" />
        <source>Please choose where to keep the event file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="183" />
        <source>{file} exists already. Choose another file name, or use Open event to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="195" />
        <source>{file} cannot be created: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenEvent</name>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="233" />
        <source>Open event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/event_dialogs.py" line="236" />
        <source>Event databases (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="126" />
        <source>not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="130" />
        <source>Column “{column}” is imported as: {fields}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="133" />
        <source>Column “{column}” is not imported</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="148" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="148" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_models.py" line="149" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="576" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="577" />
        <source>All or nothing: the registrations are written to the event in one step.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="578" />
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="584" />
        <source>Importing… You can keep working; Cancel stops the import and changes nothing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="599" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="624" />
        <source>&lt;b&gt;Imported.&lt;/b&gt; New: %1, updated: %2, unchanged: %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="628" />
        <source>%n invalid row(s) skipped.</source>
        <translation><numerusform>%n invalid row skipped.</numerusform><numerusform>%n invalid rows skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="631" />
        <source>%n person(s) of the event are not in this file; they stay in the event.</source>
        <translation><numerusform>%n person of the event are not in this file; they stay in the event.</numerusform><numerusform>%n persons of the event are not in this file; they stay in the event.</numerusform></translation>
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="643" />
        <source>The import failed and changed nothing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/import_wizard.py" line="645" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="41" />
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>&amp;Station (desk) name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="42" />
        <source>S&amp;ounds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="43" />
        <source>&amp;Text size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="46" />
        <source>Play a sound after every scan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="47" />
        <source>Station name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="49" />
        <source>Sounds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="50" />
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/settings_dialog.py" line="51" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="91" />
        <source>Welcome to checkin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="92" />
        <source>&amp;New event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="93" />
        <source>&amp;Open event…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="94" />
        <source>Try the &amp;demo event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="95" />
        <source>&amp;Recent events (Enter opens):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/main_window.py" line="96" />
        <source>Recent events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoReasonDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="26" />
        <source>Undo check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="27" />
        <source>Undo the check-in of {name}? &amp;Reason (kept in the log):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="29" />
        <source>Reason for undoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="30" />
        <source>e.g. wrong person scanned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31" />
        <source>&amp;Undo check-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/undo_reason.py" line="31" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="32" />
        <source>Walk-in: register and check in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Organisation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="33" />
        <source>&amp;Type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="34" />
        <source>Organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="35" />
        <source>Type of organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39" />
        <source>Check &amp;in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="39" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/dialogs/walk_in.py" line="52" />
        <source>Please enter a first or last name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../checkin/ui/app.py" line="43" />
        <source>checkin: something went wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../checkin/ui/app.py" line="44" />
        <source>Something went wrong: {error}

Your check-ins are saved. Details were written to {log}.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>