<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="37"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="39"/>
        <source>CSP Desktop hit a problem it did not expect: %1

Your saved data is safe. What you were doing may not have finished. The details are in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="39"/>
        <source>Your data was saved by a newer version of CSP Desktop, so this version will not open it. Nothing has been changed.

Install the newer version, or ask IT for help.

Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="50"/>
        <source>CSP Desktop cannot open its data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="64"/>
        <source>CSP Desktop could not read your data file. It may have been damaged, for example if the computer lost power while saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="68"/>
        <source>The damaged file has been kept, not deleted, at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="73"/>
        <source>A backup from %1 is available. Restoring it brings back your data as it was that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="75"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="76"/>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="77"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="41"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="43"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="44"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="203"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="204"/>
        <source>Current area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="205"/>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="207"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="206"/>
        <source>Search (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="209"/>
        <source>Search modules, the glossary and your CSP contacts. Press Enter to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="212"/>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="213"/>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="240"/>
        <source>Search is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="262"/>
        <source>The file is at:
%1</source>
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
</TS>
