<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="17"/>
        <location filename="../../src/csp_desktop/ui/about.py" line="44"/>
        <source>About %1</source>
        <translation>Ynghylch %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="27"/>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="28"/>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="29"/>
        <source>Log file</source>
        <translation>Ffeil log</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="30"/>
        <source>Licence</source>
        <translation>Trwydded</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="30"/>
        <source>%1 licence. No warranty.</source>
        <translation>Trwydded %1. Dim gwarant.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="31"/>
        <source>Built with</source>
        <translation>Wedi&apos;i adeiladu gyda</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/about.py" line="38"/>
        <source>Community safety induction and partnership contacts for councillors in Wales. Works entirely on this computer: no account, no network.</source>
        <translation>Cynefino ar ddiogelwch cymunedol a chysylltiadau&apos;r bartneriaeth ar gyfer cynghorwyr yng Nghymru. Mae&apos;n gweithio&apos;n gyfan gwbl ar y cyfrifiadur hwn: dim cyfrif, dim rhwydwaith.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="59"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="60"/>
        <source>Your name, council, language, text size and appearance</source>
        <translation>Eich enw, eich cyngor, iaith, maint y testun a&apos;r golwg</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="65"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="66"/>
        <source>Close CSP Desktop (your work is saved as you go)</source>
        <translation>Cau CSP Desktop (caiff eich gwaith ei gadw wrth i chi fynd yn eich blaen)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="72"/>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="76"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="77"/>
        <source>Redo the change you undid</source>
        <translation>Ailwneud y newid a ddadwnaethoch</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="81"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="81"/>
        <source>Cut the selected text</source>
        <translation>Torri&apos;r testun a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="84"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="85"/>
        <source>Copy the selected text</source>
        <translation>Copïo&apos;r testun a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="89"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="89"/>
        <source>Paste text</source>
        <translation>Gludo testun</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="92"/>
        <source>Select &amp;All</source>
        <translation>Dewis &amp;popeth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="93"/>
        <source>Select all the text here</source>
        <translation>Dewis yr holl destun yma</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="97"/>
        <source>&amp;Search…</source>
        <translation>C&amp;hwilio…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="98"/>
        <source>Search modules, glossary and contacts</source>
        <translation>Chwilio&apos;r modiwlau, yr eirfa a&apos;r cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="102"/>
        <source>&amp;Learn</source>
        <translation>&amp;Dysgu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="102"/>
        <source>Induction modules</source>
        <translation>Modiwlau cynefino</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="105"/>
        <source>&amp;My CSP</source>
        <translation>Fy &amp;PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="106"/>
        <source>Your partnership&apos;s structure and contacts</source>
        <translation>Strwythur a chysylltiadau eich partneriaeth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="110"/>
        <source>&amp;Ward surgery</source>
        <translation>&amp;Cymorthfa ward</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="111"/>
        <source>Who to call about what</source>
        <translation>Pwy i&apos;w ffonio am beth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="115"/>
        <source>&amp;Progress</source>
        <translation>C&amp;ynnydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="116"/>
        <source>Your induction record</source>
        <translation>Eich cofnod cynefino</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="120"/>
        <source>&amp;Larger Text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="121"/>
        <source>Make text larger</source>
        <translation>Gwneud y testun yn fwy</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="125"/>
        <source>&amp;Smaller Text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="126"/>
        <source>Make text smaller</source>
        <translation>Gwneud y testun yn llai</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="130"/>
        <source>&amp;Normal Text Size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="131"/>
        <source>Reset text to its normal size</source>
        <translation>Ailosod y testun i&apos;w faint arferol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="135"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Sgrin lawn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="136"/>
        <source>Use the whole screen</source>
        <translation>Defnyddio&apos;r sgrin gyfan</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="141"/>
        <source>Open &amp;Data Folder</source>
        <translation>Agor y ffolder &amp;data</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="142"/>
        <source>Show the folder that holds your data and backups</source>
        <translation>Dangos y ffolder sy&apos;n cadw eich data a&apos;ch copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="145"/>
        <source>Show &amp;Log File</source>
        <translation>Dangos y ffeil &amp;log</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="146"/>
        <source>Open the log file to send to IT</source>
        <translation>Agor y ffeil log i&apos;w hanfon at yr adran TG</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="149"/>
        <source>&amp;About CSP Desktop</source>
        <translation>&amp;Ynghylch CSP Desktop</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="150"/>
        <source>Version, data folder and licence</source>
        <translation>Fersiwn, ffolder data a thrwydded</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="155"/>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/actions.py" line="156"/>
        <source>The Qt toolkit this app is built with</source>
        <translation>Y pecyn offer Qt a ddefnyddiwyd i adeiladu&apos;r ap hwn</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/csp_desktop/app.py" line="140"/>
        <source>CSP Desktop is already open with this data folder. Switch to that window: two copies at once could overwrite each other&apos;s changes.</source>
        <translation>Mae CSP Desktop eisoes ar agor gyda&apos;r ffolder data hwn. Ewch i&apos;r ffenestr honno: gallai dau gopi ar yr un pryd drosysgrifo newidiadau ei gilydd.</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="28"/>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="29"/>
        <source>Induction modules on community safety</source>
        <translation>Modiwlau cynefino ar ddiogelwch cymunedol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="30"/>
        <source>About a dozen short modules, 10 to 15 minutes each, with knowledge checks and reflections. Your place is remembered, so you can learn in fragments.</source>
        <translation>Tua dwsin o fodiwlau byr, 10 i 15 munud yr un, gyda gwiriadau gwybodaeth a myfyrdodau. Caiff eich lle ei gofio, felly gallwch ddysgu fesul tipyn.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="38"/>
        <source>My CSP</source>
        <translation>Fy PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="39"/>
        <source>Your Community Safety Partnership</source>
        <translation>Eich Partneriaeth Diogelwch Cymunedol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="40"/>
        <source>Your partnership&apos;s boards, the organisations on them and who represents each one, kept on this computer. This area is being built: it will be prefilled with the statutory partners for your council area.</source>
        <translation>Byrddau eich partneriaeth, y sefydliadau sydd arnynt a phwy sy&apos;n cynrychioli pob un, wedi&apos;u cadw ar y cyfrifiadur hwn. Mae&apos;r adran hon wrthi&apos;n cael ei datblygu: bydd y partneriaid statudol ar gyfer ardal eich cyngor yn cael eu llenwi ymlaen llaw.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="49"/>
        <source>Ward surgery</source>
        <translation>Cymorthfa ward</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="50"/>
        <source>Who to call about what</source>
        <translation>Pwy i&apos;w ffonio am beth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="51"/>
        <source>Anti-social behaviour, domestic abuse, exploitation, hate incidents: what to do and say, the national helplines and your local contacts on one screen. This area is being built. In an emergency, or if someone is in immediate danger, call 999.</source>
        <translation>Ymddygiad gwrthgymdeithasol, cam-drin domestig, camfanteisio, digwyddiadau casineb: beth i&apos;w wneud a&apos;i ddweud, y llinellau cymorth cenedlaethol a&apos;ch cysylltiadau lleol ar un sgrin. Mae&apos;r adran hon wrthi&apos;n cael ei datblygu. Mewn argyfwng, neu os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="60"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="61"/>
        <source>Your induction record</source>
        <translation>Eich cofnod cynefino</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/pages.py" line="62"/>
        <source>The modules you have completed, your scores, time spent and reflections, ready to export as a PDF for Democratic Services. This area is being built.</source>
        <translation>Y modiwlau rydych wedi&apos;u cwblhau, eich sgoriau, yr amser a dreuliwyd a&apos;ch myfyrdodau, yn barod i&apos;w hallforio fel PDF ar gyfer y Gwasanaethau Democrataidd. Mae&apos;r adran hon wrthi&apos;n cael ei datblygu.</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="20"/>
        <source>Module</source>
        <translation>Modiwl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="21"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="22"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="25"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="26"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="27"/>
        <source>✓ Complete</source>
        <translation>✓ Wedi&apos;i gwblhau</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="77"/>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="80"/>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="79"/>
        <source>%1 min left</source>
        <translation>%1 mun ar ôl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="86"/>
        <source>%1 minutes left.</source>
        <translation>%1 munud ar ôl.</translation>
    </message>
</context>
<context>
    <name>ColumnsTable</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="87"/>
        <source>Which column holds what</source>
        <translation>Pa golofn sy&apos;n dal beth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89"/>
        <source>Column in the file</source>
        <translation>Colofn yn y ffeil</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89"/>
        <source>Example</source>
        <translation>Enghraifft</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89"/>
        <source>Import as</source>
        <translation>Mewnforio fel</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="96"/>
        <source>(no heading)</source>
        <translation>(dim pennawd)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="100"/>
        <source>Import column %1 as</source>
        <translation>Mewnforio colofn %1 fel</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="101"/>
        <source>(not imported)</source>
        <translation>(heb ei mewnforio)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="37"/>
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o&apos;i le</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/crash.py" line="38"/>
        <source>CSP Desktop hit a problem it did not expect: %1

Your saved data is safe. What you were doing may not have finished. The details are in the log file:
%2</source>
        <translation>Daeth CSP Desktop ar draws problem nad oedd yn ei disgwyl: %1

Mae&apos;r data rydych wedi&apos;i gadw yn ddiogel. Efallai na chafodd yr hyn roeddech yn ei wneud ei orffen. Mae&apos;r manylion yn y ffeil log:
%2</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="36"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="37"/>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="38"/>
        <source>Police and crime commissioner</source>
        <translation>Comisiynydd heddlu a throseddu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="39"/>
        <source>Fire and rescue</source>
        <translation>Tân ac achub</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="40"/>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="41"/>
        <source>Probation</source>
        <translation>Gwasanaeth prawf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="42"/>
        <source>Public health</source>
        <translation>Iechyd cyhoeddus</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="43"/>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="44"/>
        <source>Education</source>
        <translation>Addysg</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="45"/>
        <source>Third sector</source>
        <translation>Trydydd sector</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="46"/>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="47"/>
        <source>Chair</source>
        <translation>Cadeirydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="48"/>
        <source>Vice-chair</source>
        <translation>Is-gadeirydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="49"/>
        <source>Member</source>
        <translation>Aelod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="50"/>
        <source>Deputy</source>
        <translation>Dirprwy</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="51"/>
        <source>Lead officer</source>
        <translation>Swyddog arweiniol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="52"/>
        <source>Secretariat</source>
        <translation>Ysgrifenyddiaeth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="166"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="167"/>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="168"/>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="194"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="169"/>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="170"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="171"/>
        <source>Last checked</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="195"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="196"/>
        <source>Responsible authority</source>
        <translation>Awdurdod cyfrifol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="36"/>
        <source>suggested: confirm or delete</source>
        <translation>awgrym: cadarnhewch neu dilëwch</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="43"/>
        <source>and %1 more</source>
        <translation>a %1 arall</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="77"/>
        <source>No boards or groups yet.</source>
        <translation>Dim byrddau na grwpiau eto.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="30"/>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="36"/>
        <source>Filter terms</source>
        <translation>Hidlo termau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="37"/>
        <source>Filter glossary terms</source>
        <translation>Hidlo termau&apos;r eirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="42"/>
        <source>Glossary terms</source>
        <translation>Termau&apos;r eirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="50"/>
        <source>Definition</source>
        <translation>Diffiniad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="93"/>
        <source>In Welsh:</source>
        <translation>Yn Gymraeg:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="98"/>
        <source>Explained further in:</source>
        <translation>Esbonnir ymhellach yn:</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="182"/>
        <source>Board or group</source>
        <translation>Bwrdd neu grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="184"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="184"/>
        <source>Group name</source>
        <translation>Enw&apos;r grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="185"/>
        <source>(top level)</source>
        <translation>(lefel uchaf)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="188"/>
        <source>Reports to</source>
        <translation>Yn adrodd i</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="189"/>
        <source>&amp;Reports to:</source>
        <translation>Yn &amp;adrodd i:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="191"/>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="193"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="194"/>
        <source>This group exists in our CSP (not just a suggestion)</source>
        <translation>Mae&apos;r grŵp hwn yn bodoli yn ein PDC (nid awgrym yn unig)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="42"/>
        <source>Import %1</source>
        <translation>Mewnforio %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="19"/>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="20"/>
        <source>Title (Ms, Dr…)</source>
        <translation>Teitl (Ms, Dr…)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="21"/>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="22"/>
        <source>Middle name</source>
        <translation>Enw canol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="23"/>
        <source>Last name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="24"/>
        <source>Name suffix</source>
        <translation>Ôl-ddodiad enw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="25"/>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="26"/>
        <source>Department</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="27"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="28"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="29"/>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="30"/>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="31"/>
        <source>Board or group</source>
        <translation>Bwrdd neu grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="32"/>
        <source>Role on the board</source>
        <translation>Rôl ar y bwrdd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="33"/>
        <source>Last verified</source>
        <translation>Gwiriwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="34"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="69"/>
        <source>The first rows, as they will be saved</source>
        <translation>Y rhesi cyntaf, fel y byddant yn cael eu cadw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="70"/>
        <source>Line</source>
        <translation>Llinell</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="118"/>
        <source>matched by name</source>
        <translation>wedi&apos;i baru yn ôl enw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="119"/>
        <source>matched by another name for it</source>
        <translation>wedi&apos;i baru yn ôl enw arall arno</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="120"/>
        <source>matched by e-mail address</source>
        <translation>wedi&apos;i baru yn ôl cyfeiriad e-bost</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="121"/>
        <source>your choice</source>
        <translation>eich dewis chi</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="123"/>
        <source>joins %1 (already in your record)</source>
        <translation>yn ymuno â %1 (eisoes yn eich cofnod)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="128"/>
        <source>no organisation</source>
        <translation>dim sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="130"/>
        <source>new organisation: choose its sector</source>
        <translation>sefydliad newydd: dewiswch ei sector</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="132"/>
        <source>new organisation, sector %1 (guessed from its name)</source>
        <translation>sefydliad newydd, sector %1 (wedi&apos;i ddyfalu o&apos;i enw)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="135"/>
        <source>new organisation, sector %1</source>
        <translation>sefydliad newydd, sector %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="60"/>
        <source>Sheet of the workbook to import</source>
        <translation>Taflen y llyfr gwaith i&apos;w mewnforio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="65"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Taflen:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="72"/>
        <source>Warnings: kept, but worth checking</source>
        <translation>Rhybuddion: wedi&apos;u cadw, ond gwerth eu gwirio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="77"/>
        <source>Preview</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="105"/>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="241"/>
        <source>&amp;Rows</source>
        <translation>&amp;Rhesi</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="113"/>
        <source>&amp;Columns</source>
        <translation>&amp;Colofnau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="117"/>
        <source>&amp;Organisations</source>
        <translation>S&amp;efydliadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="121"/>
        <source>Changed both by you and in the pack: choose which to keep</source>
        <translation>Wedi&apos;u newid gennych chi ac yn y pecyn: dewiswch pa fersiwn i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="126"/>
        <source>Keep which version of %1</source>
        <translation>Pa fersiwn o %1 i&apos;w chadw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="128"/>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="129"/>
        <source>Keep mine</source>
        <translation>Cadw fy fersiwn i</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="130"/>
        <source>Take the pack&apos;s</source>
        <translation>Cymryd fersiwn y pecyn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="150"/>
        <source>No column holds the names. Under Columns, choose which column is the Full name (or which are the First name and Last name).</source>
        <translation>Nid oes colofn yn dal yr enwau. O dan Colofnau, dewiswch pa golofn yw&apos;r Enw llawn (neu pa rai yw&apos;r Enw cyntaf a&apos;r Cyfenw).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="174"/>
        <source>Nothing can be imported yet: see below, and choose the columns under Columns.</source>
        <translation>Ni ellir mewnforio dim eto: gweler isod, a dewiswch y colofnau o dan Colofnau.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="180"/>
        <source>New people: %1</source>
        <translation>Pobl newydd: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="181"/>
        <source>People updated: %1</source>
        <translation>Pobl wedi&apos;u diweddaru: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="182"/>
        <source>Organisations already in your record: %1</source>
        <translation>Sefydliadau sydd eisoes yn eich cofnod: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="183"/>
        <source>New organisations: %1</source>
        <translation>Sefydliadau newydd: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="184"/>
        <source>New boards or groups: %1</source>
        <translation>Byrddau neu grwpiau newydd: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="186"/>
        <source>Board seats added or changed: %1</source>
        <translation>Seddi ar fyrddau wedi&apos;u hychwanegu neu eu newid: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="189"/>
        <source>Already up to date: %1</source>
        <translation>Eisoes yn gyfredol: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="192"/>
        <source>Nothing to change: your record already has everything in this file.</source>
        <translation>Dim i&apos;w newid: mae popeth sydd yn y ffeil hon eisoes yn eich cofnod.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="200"/>
        <source>Line %1: &apos;%2&apos; is not a sector the app knows. Choose the sector under Organisations (&apos;Other&apos; until then).</source>
        <translation>Llinell %1: nid yw &apos;%2&apos; yn sector y mae&apos;r ap yn ei adnabod. Dewiswch y sector o dan Sefydliadau (&apos;Arall&apos; tan hynny).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="203"/>
        <source>Line %1: &apos;%2&apos; is not a board role, so it is kept as the job title.</source>
        <translation>Llinell %1: nid yw &apos;%2&apos; yn rôl ar fwrdd, felly caiff ei chadw fel teitl y swydd.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="204"/>
        <source>Line %1: &apos;%2&apos; is not a board role, so it is kept in the notes.</source>
        <translation>Llinell %1: nid yw &apos;%2&apos; yn rôl ar fwrdd, felly caiff ei chadw yn y nodiadau.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="205"/>
        <source>&apos;%2&apos; is a new organisation: choose its sector under Organisations.</source>
        <translation>Mae &apos;%2&apos; yn sefydliad newydd: dewiswch ei sector o dan Sefydliadau.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="206"/>
        <source>Line %1: &apos;%2&apos; is not a date, so it is kept in the notes.</source>
        <translation>Llinell %1: nid yw &apos;%2&apos; yn ddyddiad, felly caiff ei gadw yn y nodiadau.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="207"/>
        <source>Line %1 has no name, so it is left out (%2).</source>
        <translation>Nid oes enw ar linell %1, felly caiff ei gadael allan (%2).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="210"/>
        <source>Line %1 has no name, so it is left out.</source>
        <translation>Nid oes enw ar linell %1, felly caiff ei gadael allan.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="88"/>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="106"/>
        <source>Learn</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="107"/>
        <source>Induction modules on community safety</source>
        <translation>Modiwlau cynefino ar ddiogelwch cymunedol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="110"/>
        <source>%1 short modules, 10 to 15 minutes each. Open one with Enter or a double click. Your place is saved as you read, so you can stop at any point.</source>
        <translation>%1 o fodiwlau byr, 10 i 15 munud yr un. Agorwch un drwy bwyso Enter neu glicio ddwywaith. Caiff eich lle ei gadw wrth i chi ddarllen, felly gallwch stopio ar unrhyw adeg.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="114"/>
        <source>&amp;Glossary</source>
        <translation>&amp;Geirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="115"/>
        <source>Open the glossary</source>
        <translation>Agor yr eirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="116"/>
        <source>Modules</source>
        <translation>Modiwlau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="117"/>
        <source>About the selected module</source>
        <translation>Ynghylch y modiwl a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="119"/>
        <source>Some content could not be loaded and is not shown: %1</source>
        <translation>Nid oedd modd llwytho rhywfaint o&apos;r cynnwys, felly nid yw&apos;n cael ei ddangos: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="146"/>
        <source>&amp;Start: %1</source>
        <translation>&amp;Dechrau: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="146"/>
        <source>&amp;Next module: %1</source>
        <translation>Y &amp;modiwl nesaf: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="148"/>
        <source>&amp;Continue where you left off: %1</source>
        <translation>&amp;Parhau o&apos;r man lle roeddech chi: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="163"/>
        <source>Learning outcomes:</source>
        <translation>Deilliannau dysgu:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="195"/>
        <source>This module could not be opened: %1</source>
        <translation>Nid oedd modd agor y modiwl hwn: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="42"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="43"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="44"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="277"/>
        <source>Areas</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="278"/>
        <source>Current area</source>
        <translation>Yr adran bresennol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="279"/>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="281"/>
        <source>Search</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="280"/>
        <source>Search (Ctrl+K)</source>
        <translation>Chwilio (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="283"/>
        <source>Search modules, the glossary and your CSP contacts. Press Enter to search.</source>
        <translation>Chwiliwch y modiwlau, yr eirfa a chysylltiadau eich PDC. Pwyswch Enter i chwilio.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="286"/>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="287"/>
        <source>Data folder</source>
        <translation>Ffolder data</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/main_window.py" line="341"/>
        <source>The file is at:
%1</source>
        <translation>Mae&apos;r ffeil yma:
%1</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="218"/>
        <source>Who sits on a group</source>
        <translation>Pwy sy&apos;n aelod o grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="221"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="222"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="224"/>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="226"/>
        <source>&amp;Group:</source>
        <translation>&amp;Grŵp:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="227"/>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="228"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="229"/>
        <source>(their employer)</source>
        <translation>(eu cyflogwr)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="230"/>
        <source>Represents</source>
        <translation>Yn cynrychioli</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="231"/>
        <source>Re&amp;presents:</source>
        <translation>Yn &amp;cynrychioli:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="234"/>
        <source>Add the person as a contact first.</source>
        <translation>Ychwanegwch y person fel cyswllt yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>MyCspPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="52"/>
        <source>My CSP</source>
        <translation>Fy PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="79"/>
        <source>&amp;Structure</source>
        <translation>&amp;Strwythur</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="80"/>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="81"/>
        <source>&amp;Organisations</source>
        <translation>S&amp;efydliadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="84"/>
        <source>&amp;Who represents…?</source>
        <translation>Pwy sy&apos;n c&amp;ynrychioli…?</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="85"/>
        <source>C&amp;heck contacts</source>
        <translation>Gw&amp;irio cysylltiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="86"/>
        <source>Local p&amp;rocedures</source>
        <translation>Gwei&amp;thdrefnau lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="91"/>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="91"/>
        <source>Import contacts or a CSP pack</source>
        <translation>Mewnforio cysylltiadau neu becyn PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="95"/>
        <source>E&amp;xport…</source>
        <translation>A&amp;llforio…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="95"/>
        <source>Export for Excel, Outlook or as a CSP pack</source>
        <translation>Allforio ar gyfer Excel neu Outlook, neu fel pecyn PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="133"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="136"/>
        <source>Filter by name, organisation, e-mail…</source>
        <translation>Hidlo yn ôl enw, sefydliad, e-bost…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="137"/>
        <source>Filter people</source>
        <translation>Hidlo pobl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="141"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;Ychwanegu cyswllt…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="141"/>
        <source>Add contact</source>
        <translation>Ychwanegu cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="142"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="142"/>
        <source>Edit contact</source>
        <translation>Golygu cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="145"/>
        <source>&amp;Details checked today</source>
        <translation>Manylion wedi&apos;u gwirio &amp;heddiw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="145"/>
        <source>Mark details checked today</source>
        <translation>Nodi bod y manylion wedi&apos;u gwirio heddiw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="150"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="171"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="150"/>
        <source>Delete contact</source>
        <translation>Dileu cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="163"/>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="166"/>
        <source>&amp;Add organisation…</source>
        <translation>&amp;Ychwanegu sefydliad…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="166"/>
        <source>Add organisation</source>
        <translation>Ychwanegu sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="168"/>
        <source>Edit organisation</source>
        <translation>Golygu sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="172"/>
        <source>Delete organisation</source>
        <translation>Dileu sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="195"/>
        <source>Contacts to check</source>
        <translation>Cysylltiadau i&apos;w gwirio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="198"/>
        <source>People move on. These contacts have not been checked for over a year, or never: confirm their details with your CSP officer, then mark them checked.</source>
        <translation>Mae pobl yn symud ymlaen. Nid yw&apos;r cysylltiadau hyn wedi&apos;u gwirio ers dros flwyddyn, neu erioed: cadarnhewch eu manylion gyda swyddog eich PDC, yna nodwch eu bod wedi&apos;u gwirio.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="205"/>
        <source>&amp;Review…</source>
        <translation>&amp;Adolygu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="205"/>
        <source>Review the selected contact</source>
        <translation>Adolygu&apos;r cyswllt a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="208"/>
        <source>Still &amp;correct</source>
        <translation>Yn dal yn &amp;gywir</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="208"/>
        <source>Details are still correct</source>
        <translation>Mae&apos;r manylion yn dal yn gywir</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="361"/>
        <source>Add procedure</source>
        <translation>Ychwanegu gweithdrefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="366"/>
        <source>Edit procedure</source>
        <translation>Golygu gweithdrefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="236"/>
        <source>Your CSP: %1</source>
        <translation>Eich PDC: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="236"/>
        <source>Your CSP</source>
        <translation>Eich PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="243"/>
        <source>C&amp;heck contacts (%1)</source>
        <translation>Gw&amp;irio cysylltiadau (%1)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="298"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="331"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="340"/>
        <source>Add %1</source>
        <translation>Ychwanegu %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="303"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="336"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="353"/>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="311"/>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="324"/>
        <source>Mark %1 checked</source>
        <translation>Nodi bod manylion %1 wedi&apos;u gwirio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="347"/>
        <source>Add member</source>
        <translation>Ychwanegu aelod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="357"/>
        <source>Edit member</source>
        <translation>Golygu aelod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="372"/>
        <source>this entry</source>
        <translation>y cofnod hwn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="375"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="376"/>
        <source>Delete %1? You can undo this with Edit &gt; Undo.</source>
        <translation>Dileu %1? Gallwch ddadwneud hyn drwy Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="380"/>
        <source>Delete %1</source>
        <translation>Dileu %1</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="87"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="89"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="89"/>
        <source>Organisation name</source>
        <translation>Enw&apos;r sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91"/>
        <source>Name in &amp;Welsh:</source>
        <translation>Enw yn &amp;Gymraeg:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91"/>
        <source>Organisation name in Welsh</source>
        <translation>Enw&apos;r sefydliad yn Gymraeg</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="94"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="96"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="97"/>
        <source>A &amp;responsible authority (a statutory CSP partner)</source>
        <translation>&amp;Awdurdod cyfrifol (un o bartneriaid statudol y PDC)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="101"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="103"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="109"/>
        <source>An organisation needs a name.</source>
        <translation>Mae angen enw ar sefydliad.</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="208"/>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="208"/>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
</context>
<context>
    <name>OrganisationsTable</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="146"/>
        <source>Organisations in the file and what each becomes</source>
        <translation>Y sefydliadau yn y ffeil a beth fydd pob un</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148"/>
        <source>In the file</source>
        <translation>Yn y ffeil</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148"/>
        <source>Joins</source>
        <translation>Yn ymuno â</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148"/>
        <source>Sector if new</source>
        <translation>Sector os yw&apos;n newydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148"/>
        <source>What it becomes</source>
        <translation>Beth fydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="160"/>
        <source>(none given) e-mail at %1</source>
        <translation>(dim wedi&apos;i roi) e-bost yn %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="167"/>
        <source>What %1 becomes</source>
        <translation>Beth fydd %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="168"/>
        <source>A new organisation</source>
        <translation>Sefydliad newydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="168"/>
        <source>No organisation</source>
        <translation>Dim sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="173"/>
        <source>Sector of the new organisation %1</source>
        <translation>Sector y sefydliad newydd %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="174"/>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="179"/>
        <source>never</source>
        <translation>erioed</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="181"/>
        <source>(check)</source>
        <translation>(gwirio)</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="125"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="127"/>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="127"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="128"/>
        <source>&amp;Job title:</source>
        <translation>&amp;Teitl swydd:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="128"/>
        <source>Job title</source>
        <translation>Teitl swydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="129"/>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="132"/>
        <source>Organisation</source>
        <translation>Sefydliad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="133"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="135"/>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="135"/>
        <source>E-mail addresses</source>
        <translation>Cyfeiriadau e-bost</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="137"/>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="139"/>
        <source>Separate several with ;</source>
        <translation>Rhowch ; rhwng mwy nag un</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138"/>
        <source>Phone numbers</source>
        <translation>Rhifau ffôn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="140"/>
        <source>Details &amp;checked on:</source>
        <translation>Manylion wedi&apos;u &amp;gwirio ar:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="143"/>
        <source>Date the details were last checked</source>
        <translation>Y dyddiad y gwiriwyd y manylion ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="152"/>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="154"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="33"/>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="34"/>
        <source>As it should appear on your induction record</source>
        <translation>Fel y dylai ymddangos ar eich cofnod cynefino</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="39"/>
        <source>Your council</source>
        <translation>Eich cyngor</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="40"/>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="51"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="58"/>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="65"/>
        <source>Appearance</source>
        <translation>Golwg</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="67"/>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="68"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="69"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="70"/>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="76"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="77"/>
        <source>Your &amp;council:</source>
        <translation>Eich &amp;cyngor:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="78"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="79"/>
        <source>&amp;Text size:</source>
        <translation>Maint y &amp;testun:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="80"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Golwg:</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="248"/>
        <source>Local procedure</source>
        <translation>Gweithdrefn leol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="250"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="250"/>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="252"/>
        <source>What to do locally</source>
        <translation>Beth i&apos;w wneud yn lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="254"/>
        <source>&amp;What to do:</source>
        <translation>&amp;Beth i&apos;w wneud:</translation>
    </message>
</context>
<context>
    <name>ProceduresTab</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="33"/>
        <source>Local procedures</source>
        <translation>Gweithdrefnau lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="39"/>
        <source>What to do locally</source>
        <translation>Beth i&apos;w wneud yn lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="47"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ychwanegu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="47"/>
        <source>Add procedure</source>
        <translation>Ychwanegu gweithdrefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="48"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="48"/>
        <source>Edit procedure</source>
        <translation>Golygu gweithdrefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="49"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="49"/>
        <source>Delete procedure</source>
        <translation>Dileu gweithdrefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="60"/>
        <source>(not filled in)</source>
        <translation>(heb ei llenwi)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="72"/>
        <source>Not filled in yet: ask your CSP officer.</source>
        <translation>Heb ei llenwi eto: gofynnwch i swyddog eich PDC.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="76"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="77"/>
        <source>Your induction record</source>
        <translation>Eich cofnod cynefino</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="78"/>
        <source>Export &amp;PDF…</source>
        <translation>Allforio &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="79"/>
        <source>Export the record as a PDF</source>
        <translation>Allforio&apos;r cofnod fel PDF</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="80"/>
        <source>Export &amp;CSV…</source>
        <translation>Allforio &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="81"/>
        <source>Export the record as CSV for Excel</source>
        <translation>Allforio&apos;r cofnod fel CSV ar gyfer Excel</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="82"/>
        <source>Set your &amp;name and council…</source>
        <translation>Gosod eich &amp;enw a&apos;ch cyngor…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="83"/>
        <source>Set your name and council</source>
        <translation>Gosod eich enw a&apos;ch cyngor</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="84"/>
        <source>The record as it will print</source>
        <translation>Y cofnod fel y caiff ei argraffu</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="101"/>
        <source>Community safety induction record</source>
        <translation>Cofnod cynefino ar ddiogelwch cymunedol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="102"/>
        <source>Councillor</source>
        <translation>Cynghorydd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="103"/>
        <source>Council</source>
        <translation>Cyngor</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="104"/>
        <source>Produced</source>
        <translation>Cynhyrchwyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="105"/>
        <source>(name not set: add it in Preferences)</source>
        <translation>(enw heb ei osod: ychwanegwch ef yn Dewisiadau)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="106"/>
        <source>(council not set)</source>
        <translation>(cyngor heb ei osod)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="107"/>
        <source>{done} of {total} modules complete. Time spent learning: {time}.</source>
        <translation>Wedi cwblhau {done} o {total} modiwl. Amser a dreuliwyd yn dysgu: {time}.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="108"/>
        <source>Module</source>
        <translation>Modiwl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="109"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="110"/>
        <source>Completed</source>
        <translation>Cwblhawyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="111"/>
        <source>Best check score</source>
        <translation>Sgôr orau yn y gwiriad</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="112"/>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="113"/>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="114"/>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="115"/>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="116"/>
        <source>Reflections</source>
        <translation>Myfyrdodau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="119"/>
        <source>Produced by CSP Desktop from the learner&apos;s own record on their computer. Modules are based on public sources listed in each module.</source>
        <translation>Cynhyrchwyd gan CSP Desktop o gofnod y dysgwr ei hun ar ei gyfrifiadur. Mae&apos;r modiwlau&apos;n seiliedig ar ffynonellau cyhoeddus a restrir ym mhob modiwl.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="137"/>
        <source>%1 of %2 modules complete.</source>
        <translation>Wedi cwblhau %1 o %2 modiwl.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="148"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="163"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="178"/>
        <source>Export the record</source>
        <translation>Allforio&apos;r cofnod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="155"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="165"/>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="181"/>
        <source>Saved %1</source>
        <translation>Wedi cadw %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/progress_page.py" line="169"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV ar gyfer Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="49"/>
        <source>Question %1</source>
        <translation>Cwestiwn %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="54"/>
        <source>Choose all that apply.</source>
        <translation>Dewiswch bob un sy&apos;n berthnasol.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="54"/>
        <source>Choose one answer.</source>
        <translation>Dewiswch un ateb.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="77"/>
        <source>Check answer</source>
        <translation>Gwirio&apos;r ateb</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="78"/>
        <source>Check answer to question %1</source>
        <translation>Gwirio&apos;r ateb i gwestiwn %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="111"/>
        <source>Right.</source>
        <translation>Cywir.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="111"/>
        <source>Not quite.</source>
        <translation>Ddim yn hollol.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="114"/>
        <source>The answer: %1.</source>
        <translation>Yr ateb: %1.</translation>
    </message>
</context>
<context>
    <name>QuizPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="156"/>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="157"/>
        <source>Try the questions again</source>
        <translation>Rhoi cynnig ar y cwestiynau eto</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="171"/>
        <source>passed</source>
        <translation>wedi llwyddo</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="171"/>
        <source>not yet passed</source>
        <translation>heb lwyddo eto</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="173"/>
        <source>Your best score so far: %1 of %2 (%3).</source>
        <translation>Eich sgôr orau hyd yma: %1 o %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="189"/>
        <source>You passed the check.</source>
        <translation>Rydych wedi llwyddo yn y gwiriad.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="191"/>
        <source>You need %1 % to pass: try again when you are ready.</source>
        <translation>Mae angen %1 % arnoch i lwyddo: rhowch gynnig arall arni pan fyddwch yn barod.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="198"/>
        <source>You got %1 of %2 right.</source>
        <translation>Cawsoch %1 o %2 yn gywir.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="42"/>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="43"/>
        <source>Case study</source>
        <translation>Astudiaeth achos</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="44"/>
        <source>What would you do?</source>
        <translation>Beth fyddech chi&apos;n ei wneud?</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="45"/>
        <source>Reflection</source>
        <translation>Myfyrdod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="46"/>
        <source>Knowledge check</source>
        <translation>Gwiriad gwybodaeth</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="90"/>
        <source>← All modules</source>
        <translation>← Pob modiwl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="92"/>
        <source>Back to all modules</source>
        <translation>Yn ôl i bob modiwl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="111"/>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="128"/>
        <source>Section text</source>
        <translation>Testun yr adran</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="152"/>
        <source>← Previous</source>
        <translation>← Blaenorol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="154"/>
        <source>Previous section</source>
        <translation>Yr adran flaenorol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="156"/>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="259"/>
        <source>Next →</source>
        <translation>Nesaf →</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="158"/>
        <source>Next section</source>
        <translation>Yr adran nesaf</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="199"/>
        <source>This module is not yet available in Cymraeg, so it is shown in English.</source>
        <translation>Nid oes testun Cymraeg ar gyfer y modiwl hwn eto, felly caiff ei ddangos yn Saesneg (English).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="223"/>
        <source>read</source>
        <translation>wedi&apos;i darllen</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="223"/>
        <source>not read yet</source>
        <translation>heb ei darllen eto</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="256"/>
        <source>Section %1 of %2</source>
        <translation>Adran %1 o %2</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="259"/>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="388"/>
        <source>Open outside CSP Desktop?</source>
        <translation>Agor y tu allan i CSP Desktop?</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="390"/>
        <source>This link opens in another program (a web browser, e-mail or phone app):

%1

Open it?</source>
        <translation>Mae&apos;r ddolen hon yn agor mewn rhaglen arall (porwr gwe, ap e-bost neu ap ffôn):

%1

Agor y ddolen?</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="38"/>
        <source>Your data was saved by a newer version of CSP Desktop, so this version will not open it. Nothing has been changed.

Install the newer version, or ask IT for help.

Data file: %1</source>
        <translation>Cafodd eich data ei gadw gan fersiwn fwy newydd o CSP Desktop, felly ni fydd y fersiwn hon yn ei agor. Nid oes dim wedi&apos;i newid.

Gosodwch y fersiwn fwy newydd, neu gofynnwch i&apos;r adran TG am help.

Ffeil ddata: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="53"/>
        <source>CSP Desktop cannot open its data file: %1</source>
        <translation>Ni all CSP Desktop agor ei ffeil ddata: %1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="68"/>
        <source>CSP Desktop could not read your data file. It may have been damaged, for example if the computer lost power while saving.</source>
        <translation>Nid oedd CSP Desktop yn gallu darllen eich ffeil ddata. Efallai ei bod wedi&apos;i difrodi, er enghraifft os collodd y cyfrifiadur bŵer wrth gadw.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="74"/>
        <source>The damaged file has been kept, not deleted, at:
%1</source>
        <translation>Mae&apos;r ffeil sydd wedi&apos;i difrodi wedi&apos;i chadw, nid ei dileu, yma:
%1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="80"/>
        <source>A backup from %1 is available. Restoring it brings back your data as it was that day.</source>
        <translation>Mae copi wrth gefn dyddiedig %1 ar gael. Bydd ei adfer yn dod â&apos;ch data yn ôl fel yr oedd ar y diwrnod hwnnw.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="85"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="88"/>
        <source>Start &amp;empty</source>
        <translation>Dechrau&apos;n &amp;wag</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/recovery.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
</context>
<context>
    <name>ReflectionWidget</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="49"/>
        <source>Your reflection</source>
        <translation>Eich myfyrdod</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="51"/>
        <source>Your thoughts, in your own words. Only you can see this.</source>
        <translation>Eich syniadau, yn eich geiriau eich hun. Dim ond chi sy&apos;n gallu gweld hyn.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="68"/>
        <source>That is longer than CSP Desktop keeps; please shorten it.</source>
        <translation>Mae hynny&apos;n hirach nag y mae CSP Desktop yn ei gadw; byrhewch ef, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="70"/>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="80"/>
        <source>Saved on this computer.</source>
        <translation>Wedi&apos;i gadw ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="25"/>
        <source>Ward surgery</source>
        <translation>Cymorthfa ward</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="26"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="27"/>
        <source>Organisations</source>
        <translation>Sefydliadau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="28"/>
        <source>Boards and groups</source>
        <translation>Byrddau a grwpiau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="29"/>
        <source>Local procedures</source>
        <translation>Gweithdrefnau lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="30"/>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="31"/>
        <source>Modules</source>
        <translation>Modiwlau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="36"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="80"/>
        <source>Keep typing: search starts at the second letter</source>
        <translation>Daliwch ati i deipio: mae&apos;r chwilio&apos;n dechrau ar yr ail lythyren</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/search_popup.py" line="82"/>
        <source>Nothing found for “%1”</source>
        <translation>Dim canlyniadau ar gyfer “%1”</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="17"/>
        <source>Set up your Community Safety Partnership</source>
        <translation>Gosod eich Partneriaeth Diogelwch Cymunedol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="25"/>
        <source>Choose your council. CSP Desktop will fill in the statutory partners for your area (council, police, health board, fire and rescue, probation, and the police and crime commissioner) and a typical board structure for you to confirm or change. No names of people are filled in: add them yourself, or import the list your CSP officer sends.</source>
        <translation>Dewiswch eich cyngor. Bydd CSP Desktop yn llenwi&apos;r partneriaid statudol ar gyfer eich ardal (y cyngor, yr heddlu, y bwrdd iechyd, y gwasanaeth tân ac achub, y gwasanaeth prawf, a&apos;r comisiynydd heddlu a throseddu) a strwythur bwrdd nodweddiadol i chi ei gadarnhau neu ei newid. Ni chaiff enwau unrhyw bobl eu llenwi: ychwanegwch nhw eich hun, neu mewnforiwch y rhestr y mae swyddog eich PDC yn ei hanfon.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="34"/>
        <source>Your council</source>
        <translation>Eich cyngor</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="42"/>
        <source>Your &amp;council:</source>
        <translation>Eich &amp;cyngor:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="44"/>
        <source>&amp;Fill in my CSP</source>
        <translation>&amp;Llenwi fy PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="46"/>
        <source>Fill in my CSP</source>
        <translation>Llenwi fy PDC</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="41"/>
        <source>Boards and their members</source>
        <translation>Byrddau a&apos;u haelodau</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="47"/>
        <source>Structure diagram</source>
        <translation>Diagram o&apos;r strwythur</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54"/>
        <source>Add &amp;group…</source>
        <translation>Ychwanegu g&amp;rŵp…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54"/>
        <source>Add board or group</source>
        <translation>Ychwanegu bwrdd neu grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55"/>
        <source>Add &amp;member…</source>
        <translation>Ychwanegu &amp;aelod…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55"/>
        <source>Add a person to a group</source>
        <translation>Ychwanegu person at grŵp</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56"/>
        <source>Edit the selected group or member</source>
        <translation>Golygu&apos;r grŵp neu&apos;r aelod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57"/>
        <source>Delete the selected group or member</source>
        <translation>Dileu&apos;r grŵp neu&apos;r aelod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="63"/>
        <source>E&amp;xport diagram…</source>
        <translation>Allf&amp;orio diagram…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="63"/>
        <source>Export the diagram as PNG or PDF</source>
        <translation>Allforio&apos;r diagram fel PNG neu PDF</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="76"/>
        <source>(suggested)</source>
        <translation>(awgrym)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="96"/>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="107"/>
        <source>Export diagram</source>
        <translation>Allforio diagram</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="96"/>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="105"/>
        <source>CSP structure</source>
        <translation>Strwythur y PDC</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="109"/>
        <source>Saved %1</source>
        <translation>Wedi cadw %1</translation>
    </message>
</context>
<context>
    <name>SurgeryPage</name>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="109"/>
        <source>In an emergency, or if someone is in immediate danger, call 999.</source>
        <translation>Mewn argyfwng, neu os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="110"/>
        <source>This topic is not yet available in Cymraeg, so it is shown in English.</source>
        <translation>Nid oes testun Cymraeg ar gyfer y pwnc hwn eto, felly caiff ei ddangos yn Saesneg (English).</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="111"/>
        <source>National helplines</source>
        <translation>Llinellau cymorth cenedlaethol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="112"/>
        <source>Your local contacts</source>
        <translation>Eich cysylltiadau lleol</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="113"/>
        <source>No %1 contact recorded in My CSP yet.</source>
        <translation>Nid oes cyswllt ar gyfer %1 wedi&apos;i gofnodi yn Fy PDC eto.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="114"/>
        <source>Add one</source>
        <translation>Ychwanegu un</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="115"/>
        <source>Ask your CSP officer for:</source>
        <translation>Gofynnwch i swyddog eich PDC am:</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="116"/>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="207"/>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="117"/>
        <source>By situation</source>
        <translation>Fesul sefyllfa</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="118"/>
        <source>not recorded yet</source>
        <translation>heb ei gofnodi eto</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="119"/>
        <source>Printed from CSP Desktop on %1. Check local details with your CSP officer.</source>
        <translation>Argraffwyd o CSP Desktop ar %1. Gwiriwch y manylion lleol gyda swyddog eich PDC.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="132"/>
        <source>Ward surgery</source>
        <translation>Cymorthfa ward</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="133"/>
        <source>Ward surgery: who to call about what</source>
        <translation>Cymorthfa ward: pwy i&apos;w ffonio am beth</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="135"/>
        <source>&amp;Print sheet (PDF)…</source>
        <translation>&amp;Argraffu taflen (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="136"/>
        <source>Save a one-page who-to-call sheet as PDF</source>
        <translation>Cadw taflen un dudalen “Pwy i&apos;w ffonio” fel PDF</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="137"/>
        <source>Situations</source>
        <translation>Sefyllfaoedd</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="138"/>
        <source>What to do</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="177"/>
        <source>Open outside CSP Desktop?</source>
        <translation>Agor y tu allan i CSP Desktop?</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="178"/>
        <source>Open this web page in your browser?

%1</source>
        <translation>Agor y dudalen we hon yn eich porwr?

%1</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="197"/>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="209"/>
        <source>Save the who-to-call sheet</source>
        <translation>Cadw&apos;r daflen “Pwy i&apos;w ffonio”</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/surgery_page.py" line="199"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="25"/>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="50"/>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="60"/>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="27"/>
        <source>Contacts, spreadsheets and CSP packs (*.csv *.txt *.xlsx *.vcf *.csppack *.json);;All files (*)</source>
        <translation>Cysylltiadau, taenlenni a phecynnau PDC (*.csv *.txt *.xlsx *.vcf *.csppack *.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="47"/>
        <source>Nothing was imported:</source>
        <translation>Ni fewnforiwyd dim:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="64"/>
        <source>Imported %n record(s)</source>
        <translation>
            <numerusform>Mewnforiwyd %n cofnod</numerusform>
            <numerusform>Mewnforiwyd %n cofnod</numerusform>
            <numerusform>Mewnforiwyd %n cofnod</numerusform>
            <numerusform>Mewnforiwyd %n cofnod</numerusform>
            <numerusform>Mewnforiwyd %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="70"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV ar gyfer Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="71"/>
        <source>vCard for Outlook and phones (*.vcf)</source>
        <translation>vCard ar gyfer Outlook a ffonau (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="72"/>
        <source>CSP pack to share (*.csppack)</source>
        <translation>Pecyn PDC i&apos;w rannu (*.csppack)</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="76"/>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="85"/>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="87"/>
        <source>Saved %1</source>
        <translation>Wedi cadw %1</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="25"/>
        <source>Who represents &amp;which sector?</source>
        <translation>Pwy sy&apos;n cynrychioli pa s&amp;ector?</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="29"/>
        <source>Sector, for example health, probation, police or fire</source>
        <translation>Sector, er enghraifft iechyd, prawf, heddlu neu dân</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="33"/>
        <source>Type health, probation, police, fire…</source>
        <translation>Teipiwch iechyd, prawf, heddlu, tân…</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="40"/>
        <source>Representatives</source>
        <translation>Cynrychiolwyr</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="63"/>
        <source>Choose or type a sector to see who represents it.</source>
        <translation>Dewiswch neu deipiwch sector i weld pwy sy&apos;n ei gynrychioli.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="67"/>
        <source>copy</source>
        <translation>copïo</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="78"/>
        <source>Nobody recorded yet. Add them under People, then to a group in Structure.</source>
        <translation>Nid oes neb wedi&apos;i gofnodi eto. Ychwanegwch nhw o dan Pobl, yna at grŵp yn Strwythur.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="104"/>
        <source>No contact details recorded.</source>
        <translation>Dim manylion cyswllt wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="133"/>
        <source>Copied %1</source>
        <translation>Wedi copïo %1</translation>
    </message>
</context>
</TS>
