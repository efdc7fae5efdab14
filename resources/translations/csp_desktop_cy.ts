<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="17"/>
        <location filename="../../src/csp_desktop/ui/about.py" line="44"/>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="27"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="28"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="29"/>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="30"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="30"/>
        <source>%1 licence. No warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="31"/>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="38"/>
        <source>Community safety induction and partnership contacts for councillors in Wales. Works entirely on this computer: no account, no network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="59"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="60"/>
        <source>Your name, council, language, text size and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="65"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="66"/>
        <source>Close CSP Desktop (your work is saved as you go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="71"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="72"/>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="76"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="77"/>
        <source>Redo the change you undid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="81"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="81"/>
        <source>Cut the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="84"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="85"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="89"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="89"/>
        <source>Paste text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="92"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="93"/>
        <source>Select all the text here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="97"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="98"/>
        <source>Search modules, glossary and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="102"/>
        <source>&amp;Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="102"/>
        <source>Induction modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="105"/>
        <source>&amp;My CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="106"/>
        <source>Your partnership&apos;s structure and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="110"/>
        <source>&amp;Ward surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="111"/>
        <source>Who to call about what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="115"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="116"/>
        <source>Your induction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="120"/>
        <source>&amp;Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="121"/>
        <source>Make text larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="125"/>
        <source>&amp;Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="126"/>
        <source>Make text smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="130"/>
        <source>&amp;Normal Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="131"/>
        <source>Reset text to its normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="135"/>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="136"/>
        <source>Use the whole screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="141"/>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="142"/>
        <source>Show the folder that holds your data and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="145"/>
        <source>Show &amp;Log File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="146"/>
        <source>Open the log file to send to IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="149"/>
        <source>&amp;About CSP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="150"/>
        <source>Version, data folder and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="155"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="156"/>
        <source>The Qt toolkit this app is built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="28"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="29"/>
        <source>Induction modules on community safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="30"/>
        <source>About a dozen short modules, 10 to 15 minutes each, with knowledge checks and reflections. Your place is remembered, so you can learn in fragments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="38"/>
        <source>My CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="39"/>
        <source>Your Community Safety Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="40"/>
        <source>Your partnership&apos;s boards, the organisations on them and who represents each one, kept on this computer. This area is being built: it will be prefilled with the statutory partners for your council area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="49"/>
        <source>Ward surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="50"/>
        <source>Who to call about what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="51"/>
        <source>Anti-social behaviour, domestic abuse, exploitation, hate incidents: what to do and say, the national helplines and your local contacts on one screen. This area is being built. In an emergency, or if someone is in immediate danger, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="60"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="61"/>
        <source>Your induction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="62"/>
        <source>The modules you have completed, your scores, time spent and reflections, ready to export as a PDF for Democratic Services. This area is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="20"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="21"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="22"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="25"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="26"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="27"/>
        <source>✓ Complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="77"/>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="80"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="79"/>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="86"/>
        <source>%1 minutes left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="37"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="38"/>
        <source>CSP Desktop hit a problem it did not expect: %1

Your saved data is safe. What you were doing may not have finished. The details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="92"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="93"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="94"/>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="120"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="95"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="96"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="97"/>
        <source>Last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="121"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="122"/>
        <source>Responsible authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="36"/>
        <source>suggested: confirm or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="43"/>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="77"/>
        <source>No boards or groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="27"/>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="33"/>
        <source>Filter terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="34"/>
        <source>Filter glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="39"/>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="47"/>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="85"/>
        <source>In Welsh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="90"/>
        <source>Explained further in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="182"/>
        <source>Board or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="184"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="184"/>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="185"/>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="188"/>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="189"/>
        <source>&amp;Reports to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="191"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="193"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="194"/>
        <source>This group exists in our CSP (not just a suggestion)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="100"/>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="101"/>
        <source>Induction modules on community safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="104"/>
        <source>%1 short modules, 10 to 15 minutes each. Open one with Enter or a double click. Your place is saved as you read, so you can stop at any point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="108"/>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="109"/>
        <source>Open the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="110"/>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="111"/>
        <source>About the selected module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="113"/>
        <source>Some content could not be loaded and is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="140"/>
        <source>&amp;Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="140"/>
        <source>&amp;Next module: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="142"/>
        <source>&amp;Continue where you left off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="157"/>
        <source>Learning outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="189"/>
        <source>This module could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="42"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="43"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="44"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="45"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="238"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="239"/>
        <source>Current area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="240"/>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="242"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="241"/>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="244"/>
        <source>Search modules, the glossary and your CSP contacts. Press Enter to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="247"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="248"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="275"/>
        <source>Search is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="297"/>
        <source>The file is at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="218"/>
        <source>Who sits on a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="221"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="222"/>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="224"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="226"/>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="227"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="228"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="229"/>
        <source>(their employer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="230"/>
        <source>Represents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="231"/>
        <source>Re&amp;presents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="234"/>
        <source>Add the person as a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCspPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="62"/>
        <source>My CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="89"/>
        <source>&amp;Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="90"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="91"/>
        <source>&amp;Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="94"/>
        <source>&amp;Who represents…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="95"/>
        <source>C&amp;heck contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="96"/>
        <source>Local p&amp;rocedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="130"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="134"/>
        <source>Filter by name, organisation, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="135"/>
        <source>Filter people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="139"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="139"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="140"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="166"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="236"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="140"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="143"/>
        <source>&amp;Details checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="143"/>
        <source>Mark details checked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="148"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="169"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="239"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="148"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="161"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="164"/>
        <source>&amp;Add organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="164"/>
        <source>Add organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="166"/>
        <source>Edit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="170"/>
        <source>Delete organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="194"/>
        <source>Contacts to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="198"/>
        <source>People move on. These contacts have not been checked for over a year, or never: confirm their details with your CSP officer, then mark them checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="205"/>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="205"/>
        <source>Review the selected contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="208"/>
        <source>Still &amp;correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="208"/>
        <source>Details are still correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="222"/>
        <source>Local procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="228"/>
        <source>What to do locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="235"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="235"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="364"/>
        <source>Add procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="236"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="369"/>
        <source>Edit procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="239"/>
        <source>Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="259"/>
        <source>Your CSP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="259"/>
        <source>Your CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="265"/>
        <source>C&amp;heck contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="271"/>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="283"/>
        <source>Not filled in yet: ask your CSP officer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="301"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="334"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="343"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="306"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="339"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="356"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="314"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="327"/>
        <source>Mark %1 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="350"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="360"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="375"/>
        <source>this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="378"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="379"/>
        <source>Delete %1? You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="383"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="87"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="89"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="89"/>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91"/>
        <source>Name in &amp;Welsh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91"/>
        <source>Organisation name in Welsh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="94"/>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="96"/>
        <source>&amp;Sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="97"/>
        <source>A &amp;responsible authority (a statutory CSP partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="101"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="103"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="109"/>
        <source>An organisation needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="132"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="132"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="105"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="107"/>
        <source>(check)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="125"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="127"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="128"/>
        <source>&amp;Job title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="128"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="129"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="132"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="133"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="135"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="135"/>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="137"/>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="139"/>
        <source>Separate several with ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138"/>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="140"/>
        <source>Details &amp;checked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="143"/>
        <source>Date the details were last checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="152"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="154"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="33"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="34"/>
        <source>As it should appear on your induction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Your council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="40"/>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="58"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="65"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="67"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="68"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="69"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="70"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="77"/>
        <source>Your &amp;council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="79"/>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="80"/>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="248"/>
        <source>Local procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="250"/>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="250"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="252"/>
        <source>What to do locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="254"/>
        <source>&amp;What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="80"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="81"/>
        <source>Your induction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="82"/>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="83"/>
        <source>Export the record as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="84"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="85"/>
        <source>Export the record as CSV for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="86"/>
        <source>Set your &amp;name and council…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="87"/>
        <source>Set your name and council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="88"/>
        <source>The record as it will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="105"/>
        <source>Community safety induction record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="106"/>
        <source>Councillor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="107"/>
        <source>Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="108"/>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="109"/>
        <source>(name not set: add it in Preferences)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="110"/>
        <source>(council not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="111"/>
        <source>{done} of {total} modules complete. Time spent learning: {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="112"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="113"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="114"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="115"/>
        <source>Best check score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="116"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="117"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="118"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="119"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="120"/>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="122"/>
        <source>Produced by CSP Desktop from the learner&apos;s own record on their computer. Modules are based on public sources listed in each module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="140"/>
        <source>%1 of %2 modules complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="151"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="166"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="181"/>
        <source>Export the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="158"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="168"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="184"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="172"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="49"/>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="54"/>
        <source>Choose all that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="54"/>
        <source>Choose one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="77"/>
        <source>Check answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="78"/>
        <source>Check answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="111"/>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="111"/>
        <source>Not quite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="114"/>
        <source>The answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="156"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="157"/>
        <source>Try the questions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="171"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="171"/>
        <source>not yet passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="173"/>
        <source>Your best score so far: %1 of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="189"/>
        <source>You passed the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="191"/>
        <source>You need %1 % to pass: try again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="198"/>
        <source>You got %1 of %2 right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="38"/>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="39"/>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="40"/>
        <source>What would you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="41"/>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="42"/>
        <source>Knowledge check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="79"/>
        <source>← All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="81"/>
        <source>Back to all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="100"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="117"/>
        <source>Section text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="141"/>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="143"/>
        <source>Previous section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="145"/>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="247"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="147"/>
        <source>Next section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="188"/>
        <source>This module is not yet available in Cymraeg, so it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="211"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="211"/>
        <source>not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="244"/>
        <source>Section %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="247"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="373"/>
        <source>Open outside CSP Desktop?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="375"/>
        <source>This link opens in another program (a web browser, e-mail or phone app):

%1

Open it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="38"/>
        <source>Your data was saved by a newer version of CSP Desktop, so this version will not open it. Nothing has been changed.

Install the newer version, or ask IT for help.

Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="53"/>
        <source>CSP Desktop cannot open its data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="68"/>
        <source>CSP Desktop could not read your data file. It may have been damaged, for example if the computer lost power while saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="74"/>
        <source>The damaged file has been kept, not deleted, at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="80"/>
        <source>A backup from %1 is available. Restoring it brings back your data as it was that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="85"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="88"/>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="49"/>
        <source>Your reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="51"/>
        <source>Your thoughts, in your own words. Only you can see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="68"/>
        <source>That is longer than CSP Desktop keeps; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="70"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="80"/>
        <source>Saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="17"/>
        <source>Set up your Community Safety Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="25"/>
        <source>Choose your council. CSP Desktop will fill in the statutory partners for your area (council, police, health board, fire and rescue, probation, and the police and crime commissioner) and a typical board structure for you to confirm or change. No names of people are filled in: add them yourself, or import the list your CSP officer sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="34"/>
        <source>Your council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="42"/>
        <source>Your &amp;council:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="44"/>
        <source>&amp;Fill in my CSP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="46"/>
        <source>Fill in my CSP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="41"/>
        <source>Boards and their members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="47"/>
        <source>Structure diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54"/>
        <source>Add &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54"/>
        <source>Add board or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55"/>
        <source>Add &amp;member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55"/>
        <source>Add a person to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56"/>
        <source>Edit the selected group or member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57"/>
        <source>Delete the selected group or member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="64"/>
        <source>E&amp;xport diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="65"/>
        <source>Export the diagram as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="78"/>
        <source>(suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="98"/>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="109"/>
        <source>Export diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="98"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="107"/>
        <source>CSP structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="111"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="25"/>
        <source>Who represents &amp;which sector?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="29"/>
        <source>Sector, for example health, probation, police or fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="33"/>
        <source>Type health, probation, police, fire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="40"/>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="63"/>
        <source>Choose or type a sector to see who represents it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="67"/>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="75"/>
        <source>Nobody recorded yet. Add them under People, then to a group in Structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="101"/>
        <source>No contact details recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="111"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
