<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="14" />
            <source>command line</source>
            <translation>llinell orchymyn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="15" />
            <source>environment</source>
            <translation>newidyn amgylchedd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="16" />
            <source>portable</source>
            <translation>cludadwy</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="17" />
            <source>default</source>
            <translation>rhagosodedig</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="25" />
            <location filename="../../src/csp_desktop/ui/about.py" line="52" />
            <source>About %1</source>
            <translation>Ynghylch %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="35" />
            <source>Version</source>
            <translation>Fersiwn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="36" />
            <source>Data folder</source>
            <translation>Ffolder data</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="37" />
            <source>Log file</source>
            <translation>Ffeil log</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="38" />
            <source>Licence</source>
            <translation>Trwydded</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="38" />
            <source>%1 licence. No warranty.</source>
            <translation>Trwydded %1. Dim gwarant.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="39" />
            <source>Built with</source>
            <translation>Wedi'i adeiladu gyda</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/about.py" line="46" />
            <source>Community safety induction and partnership contacts for councillors in Wales. Works entirely on this computer: no account, no network.</source>
            <translation>Cynefino ar ddiogelwch cymunedol a chysylltiadau'r bartneriaeth ar gyfer cynghorwyr yng Nghymru. Mae'n gweithio'n gyfan gwbl ar y cyfrifiadur hwn: dim cyfrif, dim rhwydwaith.</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="76" />
            <source>Pr&amp;eferences…</source>
            <translation>&amp;Dewisiadau…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="77" />
            <source>Your name, council, language, text size and appearance</source>
            <translation>Eich enw, eich cyngor, iaith, maint y testun a'r golwg</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="96" />
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="97" />
            <source>Close CSP Desktop (your work is saved as you go)</source>
            <translation>Cau CSP Desktop (caiff eich gwaith ei gadw wrth i chi fynd yn eich blaen)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="102" />
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="103" />
            <source>Undo the last change</source>
            <translation>Dadwneud y newid diwethaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="107" />
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="108" />
            <source>Redo the change you undid</source>
            <translation>Ailwneud y newid a ddadwnaethoch</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="112" />
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="112" />
            <source>Cut the selected text</source>
            <translation>Torri'r testun a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="115" />
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="116" />
            <source>Copy the selected text</source>
            <translation>Copïo'r testun a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="120" />
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="120" />
            <source>Paste text</source>
            <translation>Gludo testun</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="123" />
            <source>Select &amp;All</source>
            <translation>Dewis &amp;popeth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="124" />
            <source>Select all the text here</source>
            <translation>Dewis yr holl destun yma</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="128" />
            <source>&amp;Search…</source>
            <translation>Chw&amp;ilio…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="129" />
            <source>Search modules, glossary and contacts</source>
            <translation>Chwilio'r modiwlau, yr eirfa a'r cysylltiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="138" />
            <source>&amp;Learn</source>
            <translation>&amp;Dysgu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="138" />
            <source>Induction modules</source>
            <translation>Modiwlau cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="141" />
            <source>&amp;My CSP</source>
            <translation>Fy &amp;PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="142" />
            <source>Your partnership's structure and contacts</source>
            <translation>Strwythur a chysylltiadau eich partneriaeth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="146" />
            <source>&amp;Ward surgery</source>
            <translation>&amp;Cymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="147" />
            <source>Who to call about what</source>
            <translation>Pwy i'w ffonio am beth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="151" />
            <source>&amp;Progress</source>
            <translation>C&amp;ynnydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="152" />
            <source>Your induction record</source>
            <translation>Eich cofnod cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="156" />
            <source>La&amp;rger Text</source>
            <translation>Testun &amp;mwy</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="157" />
            <source>Make text larger</source>
            <translation>Gwneud y testun yn fwy</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="161" />
            <source>&amp;Smaller Text</source>
            <translation>Testun &amp;llai</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="162" />
            <source>Make text smaller</source>
            <translation>Gwneud y testun yn llai</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="166" />
            <source>&amp;Normal Text Size</source>
            <translation>Maint testun &amp;arferol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="167" />
            <source>Reset text to its normal size</source>
            <translation>Ailosod y testun i'w faint arferol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="171" />
            <source>&amp;Full Screen</source>
            <translation>&amp;Sgrin lawn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="172" />
            <source>Use the whole screen</source>
            <translation>Defnyddio'r sgrin gyfan</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="177" />
            <source>Open &amp;Data Folder</source>
            <translation>Agor y ffolder &amp;data</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="178" />
            <source>Show the folder that holds your data and backups</source>
            <translation>Dangos y ffolder sy'n cadw eich data a'ch copïau wrth gefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="181" />
            <source>Show &amp;Log File</source>
            <translation>Dangos y ffeil &amp;log</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="182" />
            <source>Open the log file to send to IT</source>
            <translation>Agor y ffeil log i'w hanfon at yr adran TG</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="190" />
            <source>&amp;About CSP Desktop</source>
            <translation>&amp;Ynghylch CSP Desktop</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="191" />
            <source>Version, data folder and licence</source>
            <translation>Fersiwn, ffolder data a thrwydded</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="196" />
            <source>About &amp;Qt</source>
            <translation>Ynghylch &amp;Qt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="197" />
            <source>The Qt toolkit this app is built with</source>
            <translation>Y pecyn offer Qt a ddefnyddiwyd i adeiladu'r ap hwn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="82" />
            <source>&amp;Install Content Update…</source>
            <translation>Gosod d&amp;iweddariad cynnwys…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="83" />
            <source>Install a signed update to the modules, surgery cards and contacts data</source>
            <translation>Gosod diweddariad wedi'i lofnodi i'r modiwlau, y cardiau cymhorthfa a'r data cysylltiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="88" />
            <source>Re&amp;vert to the Content This Version Shipped With</source>
            <translation>Dych&amp;welyd i'r cynnwys a ddaeth gyda'r fersiwn hon</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="89" />
            <source>Remove the installed content update and use the original content</source>
            <translation>Tynnu'r diweddariad cynnwys a osodwyd a defnyddio'r cynnwys gwreiddiol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="92" />
            <source>&amp;What's New in the Content</source>
            <translation>&amp;Beth sy'n newydd yn y cynnwys</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="93" />
            <source>Which modules and sections the installed content update changed</source>
            <translation>Pa fodiwlau ac adrannau a newidiodd y diweddariad cynnwys a osodwyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="66" />
            <source>&amp;Print…</source>
            <translation>&amp;Argraffu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="67" />
            <source>Print the who-to-call sheet or your induction record</source>
            <translation>Argraffu'r daflen pwy i'w ffonio neu eich cofnod cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="71" />
            <source>Save as P&amp;DF…</source>
            <translation>Cadw fel &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="72" />
            <source>Save the who-to-call sheet or your induction record as a PDF</source>
            <translation>Cadw'r daflen pwy i'w ffonio neu eich cofnod cynefino fel PDF</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="133" />
            <source>&amp;Home</source>
            <translation>Ca&amp;rtref</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="134" />
            <source>What to do next: learning, key partners, contacts to check</source>
            <translation>Beth i'w wneud nesaf: dysgu, partneriaid allweddol, cysylltiadau i'w gwirio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="185" />
            <source>&amp;How to use CSP Desktop</source>
            <translation>&amp;Sut i ddefnyddio CSP Desktop</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/actions.py" line="186" />
            <source>A short guide to the app</source>
            <translation>Canllaw byr i'r ap</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../src/csp_desktop/app.py" line="160" />
            <source>CSP Desktop is already open with this data folder. Switch to that window: two copies at once could overwrite each other's changes.</source>
            <translation>Mae CSP Desktop eisoes ar agor gyda'r ffolder data hwn. Ewch i'r ffenestr honno: gallai dau gopi ar yr un pryd drosysgrifo newidiadau ei gilydd.</translation>
        </message>
    </context>
    <context>
        <name>Areas</name>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="34" />
            <source>Learn</source>
            <translation>Dysgu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="35" />
            <source>Induction modules on community safety</source>
            <translation>Modiwlau cynefino ar ddiogelwch cymunedol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="36" />
            <source>About a dozen short modules, 10 to 15 minutes each, with knowledge checks and reflections. Your place is remembered, so you can learn in fragments.</source>
            <translation>Tua dwsin o fodiwlau byr, 10 i 15 munud yr un, gyda gwiriadau gwybodaeth a myfyrdodau. Caiff eich lle ei gofio, felly gallwch ddysgu fesul tipyn.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="44" />
            <source>My CSP</source>
            <translation>Fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="45" />
            <source>Your Community Safety Partnership</source>
            <translation>Eich Partneriaeth Diogelwch Cymunedol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="46" />
            <source>Your partnership's boards, the organisations on them and who represents each one, kept on this computer. This area is being built: it will be prefilled with the statutory partners for your council area.</source>
            <translation>Byrddau eich partneriaeth, y sefydliadau sydd arnynt a phwy sy'n cynrychioli pob un, wedi'u cadw ar y cyfrifiadur hwn. Mae'r adran hon wrthi'n cael ei datblygu: bydd y partneriaid statudol ar gyfer ardal eich cyngor yn cael eu llenwi ymlaen llaw.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="55" />
            <source>Ward surgery</source>
            <translation>Cymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="56" />
            <source>Who to call about what</source>
            <translation>Pwy i'w ffonio am beth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="57" />
            <source>Anti-social behaviour, domestic abuse, exploitation, hate incidents: what to do and say, the national helplines and your local contacts on one screen. This area is being built. In an emergency, or if someone is in immediate danger, call 999.</source>
            <translation>Ymddygiad gwrthgymdeithasol, cam-drin domestig, camfanteisio, digwyddiadau casineb: beth i'w wneud a'i ddweud, y llinellau cymorth cenedlaethol a'ch cysylltiadau lleol ar un sgrin. Mae'r adran hon wrthi'n cael ei datblygu. Mewn argyfwng, neu os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="66" />
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="67" />
            <source>Your induction record</source>
            <translation>Eich cofnod cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="68" />
            <source>The modules you have completed, your scores, time spent and reflections, ready to export as a PDF for Democratic Services. This area is being built.</source>
            <translation>Y modiwlau rydych wedi'u cwblhau, eich sgoriau, yr amser a dreuliwyd a'ch myfyrdodau, yn barod i'w hallforio fel PDF ar gyfer y Gwasanaethau Democrataidd. Mae'r adran hon wrthi'n cael ei datblygu.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="28" />
            <source>Home</source>
            <translation>Cartref</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="29" />
            <source>What to do next</source>
            <translation>Beth i'w wneud nesaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/pages.py" line="30" />
            <source>Where you left off, who your key partners are, and what needs checking.</source>
            <translation>Ble roeddech chi, pwy yw eich partneriaid allweddol, a beth sydd angen ei wirio.</translation>
        </message>
    </context>
    <context>
        <name>Catalogue</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="20" />
            <source>Module</source>
            <translation>Modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="21" />
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="22" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="25" />
            <source>Not started</source>
            <translation>Heb ddechrau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="26" />
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="27" />
            <source>✓ Complete</source>
            <translation>✓ Wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="30" />
            <source>✓ Complete: updated since</source>
            <translation>✓ Wedi'i gwblhau: diweddarwyd ers hynny</translation>
        </message>
    </context>
    <context>
        <name>CatalogueModel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="84" />
            <source>(in English)</source>
            <translation>(yn Saesneg)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="88" />
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="91" />
            <source>%1 min</source>
            <translation>%1 mun</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="90" />
            <source>%1 min left</source>
            <translation>%1 mun ar ôl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/catalogue_model.py" line="99" />
            <source>%1 minutes left.</source>
            <translation>%1 munud ar ôl.</translation>
        </message>
    </context>
    <context>
        <name>ContactCard</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="81" />
            <source>Contact details</source>
            <translation>Manylion cyswllt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="132" />
            <source>Select a person to see their contact details here.</source>
            <translation>Dewiswch berson i weld y manylion cyswllt yma.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="181" />
            <source>Boards and groups</source>
            <translation>Byrddau a grwpiau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="183" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="158" />
            <source>Copy phone number %1</source>
            <translation>Copïo'r rhif ffôn %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="171" />
            <source>Copy e-mail address %1</source>
            <translation>Copïo'r cyfeiriad e-bost %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="172" />
            <source>E-mail…</source>
            <translation>E-bostio…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="173" />
            <source>Write an e-mail to %1</source>
            <translation>Ysgrifennu e-bost at %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="179" />
            <source>No phone number or e-mail recorded.</source>
            <translation>Dim rhif ffôn nac e-bost wedi'i gofnodi.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="195" />
            <source>Details never checked: confirm them with your CSP officer.</source>
            <translation>Nid yw'r manylion erioed wedi'u gwirio: cadarnhewch nhw gyda swyddog eich PDC.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="198" />
            <source>Details last checked on %1.</source>
            <translation>Gwiriwyd y manylion ddiwethaf ar %1.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="200" />
            <source>Over a year ago: please check them.</source>
            <translation>Dros flwyddyn yn ôl: gwiriwch nhw, os gwelwch yn dda.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="204" />
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="215" />
            <source>Copy</source>
            <translation>Copïo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="213" />
            <source>Copied ✓</source>
            <translation>Wedi copïo ✓</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/contact_card.py" line="214" />
            <source>Copied %1</source>
            <translation>Wedi copïo %1</translation>
        </message>
    </context>
    <context>
        <name>ContentUpdates</name>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="51" />
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="66" />
            <source>Install content update</source>
            <translation>Gosod diweddariad cynnwys</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="53" />
            <source>CSP Desktop content updates (*.%1);;All files (*)</source>
            <translation>Diweddariadau cynnwys CSP Desktop (*.%1);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="67" />
            <source>The update was not installed, and nothing was changed.</source>
            <translation>Ni osodwyd y diweddariad, ac ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="76" />
            <source>Content update %1 installed</source>
            <translation>Gosodwyd diweddariad cynnwys %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="90" />
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="99" />
            <source>Revert content</source>
            <translation>Dychwelyd i'r cynnwys gwreiddiol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="91" />
            <source>You are already using the content this version of CSP Desktop shipped with.</source>
            <translation>Rydych chi eisoes yn defnyddio'r cynnwys a ddaeth gyda'r fersiwn hon o CSP Desktop.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="100" />
            <source>Go back to the content this version of CSP Desktop shipped with? Your progress, reflections and notes are kept.</source>
            <translation>Mynd yn ôl i'r cynnwys a ddaeth gyda'r fersiwn hon o CSP Desktop? Bydd eich cynnydd, eich myfyrdodau a'ch nodiadau'n cael eu cadw.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="105" />
            <source>&amp;Revert</source>
            <translation>&amp;Dychwelyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="111" />
            <source>Now using the content this version shipped with</source>
            <translation>Yn defnyddio'r cynnwys a ddaeth gyda'r fersiwn hon bellach</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="121" />
            <source>You are using the content this version of CSP Desktop shipped with (version %1). No content update is installed.</source>
            <translation>Rydych chi'n defnyddio'r cynnwys a ddaeth gyda'r fersiwn hon o CSP Desktop (fersiwn %1). Nid oes diweddariad cynnwys wedi'i osod.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="130" />
            <source>Content update %1 of %2</source>
            <translation>Diweddariad cynnwys %1, %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="145" />
            <source>Updated since you completed it (you completed version %1).</source>
            <translation>Wedi'i ddiweddaru ers i chi ei gwblhau (fe wnaethoch chi gwblhau fersiwn %1).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="166" />
            <source>Changed sections:</source>
            <translation>Adrannau a newidiwyd:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="169" />
            <source>Other changes</source>
            <translation>Newidiadau eraill</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="181" />
            <location filename="../../src/csp_desktop/ui/content_updates.py" line="186" />
            <source>What's new in the content</source>
            <translation>Beth sy'n newydd yn y cynnwys</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/crash.py" line="57" />
            <source>Something went wrong</source>
            <translation>Aeth rhywbeth o'i le</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/crash.py" line="62" />
            <source>CSP Desktop hit a problem it did not expect: %1

Your saved data is safe. What you were doing may not have finished. The details are in the log file:
%2</source>
            <translation>Daeth CSP Desktop ar draws problem nad oedd yn ei disgwyl: %1

Mae'r data rydych wedi'i gadw yn ddiogel. Efallai na chafodd yr hyn roeddech yn ei wneud ei orffen. Mae'r manylion yn y ffeil log:
%2</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentPage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="35" />
            <source>What I feel confident about</source>
            <translation>Beth rwy'n teimlo'n hyderus yn ei gylch</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="36" />
            <source>What I want to develop</source>
            <translation>Beth rwyf am ei ddatblygu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="37" />
            <source>Training or support I would like</source>
            <translation>Hyfforddiant neu gymorth yr hoffwn ei gael</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="38" />
            <source>Notes for my annual review</source>
            <translation>Nodiadau ar gyfer fy adolygiad blynyddol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="108" />
            <source>My development needs</source>
            <translation>Fy anghenion datblygu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="111" />
            <source>Your council must offer you a review of your training and development needs each year (Local Government (Wales) Measure 2011). Use your reflections to note what you want to raise. These notes are saved as you type and print with your induction record.</source>
            <translation>Mae'n rhaid i'ch cyngor gynnig adolygiad o'ch anghenion hyfforddi a datblygu i chi bob blwyddyn (Mesur Llywodraeth Leol (Cymru) 2011). Defnyddiwch eich myfyrdodau i nodi beth rydych am ei godi. Caiff y nodiadau hyn eu cadw wrth i chi deipio, ac maen nhw'n cael eu hargraffu gyda'ch cofnod cynefino.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="116" />
            <source>Your &amp;reflections</source>
            <translation>Eich &amp;myfyrdodau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="117" />
            <source>Your reflections from the modules</source>
            <translation>Eich myfyrdodau o'r modiwlau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/development_page.py" line="144" />
            <source>You have not written any reflections yet.</source>
            <translation>Nid ydych wedi ysgrifennu unrhyw fyfyrdodau eto.</translation>
        </message>
    </context>
    <context>
        <name>Directory</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="76" />
            <source>Council</source>
            <translation>Cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="77" />
            <source>Police</source>
            <translation>Heddlu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="78" />
            <source>Police and crime commissioner</source>
            <translation>Comisiynydd heddlu a throseddu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="79" />
            <source>Fire and rescue</source>
            <translation>Tân ac achub</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="80" />
            <source>Health</source>
            <translation>Iechyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="81" />
            <source>Probation</source>
            <translation>Gwasanaeth prawf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="82" />
            <source>Public health</source>
            <translation>Iechyd cyhoeddus</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="83" />
            <source>Housing</source>
            <translation>Tai</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="84" />
            <source>Education</source>
            <translation>Addysg</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="85" />
            <source>Third sector</source>
            <translation>Trydydd sector</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="86" />
            <source>Other</source>
            <translation>Arall</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="87" />
            <source>Chair</source>
            <translation>Cadeirydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="88" />
            <source>Vice-chair</source>
            <translation>Is-gadeirydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="89" />
            <source>Member</source>
            <translation>Aelod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="90" />
            <source>Deputy</source>
            <translation>Dirprwy</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="91" />
            <source>Lead officer</source>
            <translation>Swyddog arweiniol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="92" />
            <source>Secretariat</source>
            <translation>Ysgrifenyddiaeth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="215" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="216" />
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="217" />
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="245" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="218" />
            <source>E-mail</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="219" />
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="220" />
            <source>Last checked</source>
            <translation>Gwiriwyd ddiwethaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="246" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="247" />
            <source>Responsible authority</source>
            <translation>Awdurdod cyfrifol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="36" />
            <source>suggested: confirm or delete</source>
            <translation>wedi'i awgrymu: cadarnhewch neu ddilëwch</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="43" />
            <source>and %1 more</source>
            <translation>a %1 arall</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/diagram.py" line="77" />
            <source>No boards or groups yet.</source>
            <translation>Dim byrddau na grwpiau eto.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="39" />
            <location filename="../../src/csp_desktop/ui/documents.py" line="49" />
            <source>Save as PDF</source>
            <translation>Cadw fel PDF</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="42" />
            <source>PDF documents (*.pdf)</source>
            <translation>Dogfennau PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="60" />
            <source>Saved %1</source>
            <translation>Wedi cadw %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="62" />
            <source>Saved</source>
            <translation>Wedi cadw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="64" />
            <source>Saved to:
%1</source>
            <translation>Wedi'i gadw yn:
%1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/documents.py" line="67" />
            <source>&amp;Open it</source>
            <translation>&amp;Agor y ffeil</translation>
        </message>
    </context>
    <context>
        <name>FinishNotice</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="38" />
            <source>What is left in this module</source>
            <translation>Beth sydd ar ôl yn y modiwl hwn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="61" />
            <source>%1 more sections</source>
            <translation>%1 adran arall</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="62" />
            <source>read %1</source>
            <translation>darllen %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="64" />
            <source>answer 1 more question</source>
            <translation>ateb 1 cwestiwn arall</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="66" />
            <source>answer %1 more questions</source>
            <translation>ateb %1 cwestiwn arall</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="69" />
            <source>pass the knowledge check (%1 % or more)</source>
            <translation>llwyddo yn y gwiriad gwybodaeth (%1 % neu fwy)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="71" />
            <source>Not finished yet. Still to do: %1.</source>
            <translation>Heb orffen eto. I'w wneud o hyd: %1.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="73" />
            <source>Go there</source>
            <translation>Mynd yno</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="227" />
            <source>&amp;Back</source>
            <translation>&amp;Yn ôl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="228" />
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="230" />
            <location filename="../../src/csp_desktop/ui/first_run.py" line="238" />
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="233" />
            <source>As it should appear on your induction record for Democratic Services. You can change it later in Preferences.</source>
            <translation>Fel y dylai ymddangos ar eich cofnod cynefino ar gyfer y Gwasanaethau Democrataidd. Gallwch ei newid yn nes ymlaen yn Dewisiadau.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="237" />
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="240" />
            <source>Your council</source>
            <translation>Eich cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="243" />
            <source>Choose the council you were elected to. CSP Desktop fills in the statutory partners for that area. Type part of its name, in English or Welsh.</source>
            <translation>Dewiswch y cyngor y cawsoch eich ethol iddo. Bydd CSP Desktop yn llenwi'r partneriaid statudol ar gyfer yr ardal honno. Teipiwch ran o'i enw, yn Gymraeg neu yn Saesneg.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="247" />
            <source>&amp;Find your council:</source>
            <translation>Dod o hyd i'ch &amp;cyngor:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="248" />
            <source>Find your council</source>
            <translation>Dod o hyd i'ch cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="249" />
            <source>For example: Anglesey, Ynys Môn, Caerphilly</source>
            <translation>Er enghraifft: Ynys Môn, Anglesey, Caerffili</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="250" />
            <source>Councils</source>
            <translation>Cynghorau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="251" />
            <source>No council matches that. Try another part of its name.</source>
            <translation>Does dim cyngor yn cyfateb i hynny. Rhowch gynnig ar ran arall o'i enw.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="257" />
            <source>Your CSP is ready</source>
            <translation>Mae eich PDC yn barod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="258" />
            <source>The four areas</source>
            <translation>Y pedair adran</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="259" />
            <source>Your partners</source>
            <translation>Eich partneriaid</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="264" />
            <source>CSP Desktop has four areas, always on the left:</source>
            <translation>Mae gan CSP Desktop bedair adran, bob amser ar y chwith:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="267" />
            <source>Home, at the top, always says what to do next.</source>
            <translation>Mae Cartref, ar y brig, bob amser yn dweud beth i'w wneud nesaf.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="271" />
            <source>No council chosen: choose one later in My CSP.</source>
            <translation>Dim cyngor wedi'i ddewis: dewiswch un yn nes ymlaen yn Fy PDC.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="277" />
            <source>My CSP is filled in with the statutory partners for %1. Add the people you work with there, or import the list your CSP officer sends.</source>
            <translation>Mae Fy PDC wedi'i llenwi â'r partneriaid statudol ar gyfer %1. Ychwanegwch y bobl rydych yn gweithio gyda nhw yno, neu mewnforiwch y rhestr y mae swyddog eich PDC yn ei hanfon.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="337" />
            <source>Step %1 of %2</source>
            <translation>Cam %1 o %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="356" />
            <source>&amp;Start using CSP Desktop</source>
            <translation>&amp;Dechrau defnyddio CSP Desktop</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/first_run.py" line="356" />
            <source>&amp;Next</source>
            <translation>&amp;Nesaf</translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="30" />
            <source>Glossary</source>
            <translation>Geirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="36" />
            <source>Filter terms</source>
            <translation>Hidlo termau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="37" />
            <source>Filter glossary terms</source>
            <translation>Hidlo termau'r eirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="42" />
            <source>Glossary terms</source>
            <translation>Termau'r eirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="52" />
            <source>Definition</source>
            <translation>Diffiniad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="95" />
            <source>In Welsh:</source>
            <translation>Yn Gymraeg:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/glossary_dialog.py" line="100" />
            <source>Explained further in:</source>
            <translation>Esbonnir ymhellach yn:</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="192" />
            <source>Board or group</source>
            <translation>Bwrdd neu grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="194" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="194" />
            <source>Group name</source>
            <translation>Enw'r grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="195" />
            <source>(top level)</source>
            <translation>(lefel uchaf)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="198" />
            <source>Reports to</source>
            <translation>Yn adrodd i</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="199" />
            <source>&amp;Reports to:</source>
            <translation>Yn &amp;adrodd i:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="201" />
            <source>Purpose</source>
            <translation>Diben</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="203" />
            <source>&amp;Purpose:</source>
            <translation>&amp;Diben:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="204" />
            <source>This group exists in our CSP (not just a suggestion)</source>
            <translation>Mae'r grŵp hwn yn bodoli yn ein PDC (nid awgrym yn unig)</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/guide.py" line="28" />
            <location filename="../../src/csp_desktop/ui/guide.py" line="32" />
            <source>How to use CSP Desktop</source>
            <translation>Sut i ddefnyddio CSP Desktop</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/guide.py" line="37" />
            <source>The guide is missing from this installation.</source>
            <translation>Mae'r canllaw ar goll o'r gosodiad hwn.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="147" />
            <source>Home</source>
            <translation>Cartref</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="148" />
            <source>Your learning</source>
            <translation>Eich dysgu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="149" />
            <source>See &amp;all modules</source>
            <translation>Gweld y &amp;modiwlau i gyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="150" />
            <source>See all modules</source>
            <translation>Gweld y modiwlau i gyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="151" />
            <source>Your CSP's key partners</source>
            <translation>Partneriaid allweddol eich PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="152" />
            <source>Contacts to check</source>
            <translation>Cysylltiadau i'w gwirio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="153" />
            <source>Check c&amp;ontacts</source>
            <translation>Gw&amp;irio cysylltiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="154" />
            <source>Check contacts</source>
            <translation>Gwirio cysylltiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="155" />
            <source>Ward surgery</source>
            <translation>Cymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="158" />
            <source>A resident raises anti-social behaviour, domestic abuse or a hate incident? What to do and say, and who to call.</source>
            <translation>Preswylydd yn codi ymddygiad gwrthgymdeithasol, cam-drin domestig neu ddigwyddiad casineb? Beth i'w wneud a'i ddweud, a phwy i'w ffonio.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="162" />
            <source>Open the &amp;ward-surgery guide</source>
            <translation>&amp;Agor canllaw'r gymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="163" />
            <source>Open the ward-surgery guide</source>
            <translation>Agor canllaw'r gymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="180" />
            <source>Welcome, %1</source>
            <translation>Croeso, %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="180" />
            <source>Welcome to CSP Desktop</source>
            <translation>Croeso i CSP Desktop</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="182" />
            <source>Here is what to do next. Everything stays on this computer.</source>
            <translation>Dyma beth i'w wneud nesaf. Mae popeth yn aros ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="191" />
            <source>1 contact not confirmed for over a year, or never: %1</source>
            <translation>1 cyswllt heb ei gadarnhau ers dros flwyddyn, neu erioed: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="193" />
            <source>%1 contacts not confirmed for over a year, or never: %2</source>
            <translation>%1 cyswllt heb eu cadarnhau ers dros flwyddyn, neu erioed: %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="199" />
            <source>No contacts are due a check.</source>
            <translation>Does dim cysylltiadau i'w gwirio.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="206" />
            <source>%1 h %2 min</source>
            <translation>%1 awr %2 mun</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="208" />
            <source>%1 min</source>
            <translation>%1 mun</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="211" />
            <source>%1 of %2 modules done.</source>
            <translation>%1 o %2 modiwl wedi'u gwneud.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="216" />
            <source>About %1 of learning left.</source>
            <translation>Tua %1 o ddysgu ar ôl.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="218" />
            <source>Your induction is complete: export your record from Progress.</source>
            <translation>Mae eich cynefino wedi'i gwblhau: allforiwch eich cofnod o Cynnydd.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="226" />
            <source>&amp;Continue where you left off</source>
            <translation>&amp;Parhau o'r man lle roeddech chi</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="228" />
            <source>&amp;Start the first module</source>
            <translation>&amp;Dechrau'r modiwl cyntaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="230" />
            <source>Start the &amp;next module</source>
            <translation>Dechrau'r modiwl &amp;nesaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="245" />
            <source>Your CSP is not set up yet: choose your council in My CSP.</source>
            <translation>Dydy eich PDC ddim wedi'i sefydlu eto: dewiswch eich cyngor yn Fy PDC.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="247" />
            <source>Set up &amp;My CSP</source>
            <translation>&amp;Sefydlu Fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="248" />
            <source>Set up My CSP</source>
            <translation>Sefydlu Fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="260" />
            <source>no organisation recorded</source>
            <translation>dim sefydliad wedi'i gofnodi</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="268" />
            <source>No one recorded yet</source>
            <translation>Neb wedi'i gofnodi eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="273" />
            <source>Add…</source>
            <translation>Ychwanegu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/home_page.py" line="276" />
            <source>Add a contact for %1</source>
            <translation>Ychwanegu cyswllt ar gyfer %1</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="31" />
            <source>Import %1</source>
            <translation>Mewnforio %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="48" />
            <source>Line</source>
            <translation>Llinell</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="64" />
            <source>Changed both by you and in the pack: choose which to keep</source>
            <translation>Wedi'u newid gennych chi ac yn y pecyn: dewiswch pa fersiwn i'w chadw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="69" />
            <source>Keep which version of %1</source>
            <translation>Pa fersiwn o %1 i'w chadw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="71" />
            <source>Choose…</source>
            <translation>Dewiswch…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="72" />
            <source>Keep mine</source>
            <translation>Cadw fy fersiwn i</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="73" />
            <source>Take the pack's</source>
            <translation>Cymryd fersiwn y pecyn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="83" />
            <source>&amp;Import</source>
            <translation>&amp;Mewnforio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="19" />
            <source>Full name</source>
            <translation>Enw llawn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="20" />
            <source>Title (Ms, Dr…)</source>
            <translation>Teitl (Ms, Dr…)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="21" />
            <source>First name</source>
            <translation>Enw cyntaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="22" />
            <source>Middle name</source>
            <translation>Enw canol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="23" />
            <source>Last name</source>
            <translation>Cyfenw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="24" />
            <source>Name suffix</source>
            <translation>Ôl-ddodiad enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="25" />
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="26" />
            <source>Department</source>
            <translation>Adran</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="27" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="28" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="29" />
            <source>E-mail</source>
            <translation>E-bost</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="30" />
            <source>Phone</source>
            <translation>Ffôn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="31" />
            <source>Board or group</source>
            <translation>Bwrdd neu grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="32" />
            <source>Role on the board</source>
            <translation>Rôl ar y bwrdd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="33" />
            <source>Last verified</source>
            <translation>Gwiriwyd ddiwethaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="34" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="69" />
            <source>The first rows, as they will be saved</source>
            <translation>Y rhesi cyntaf, fel y byddant yn cael eu cadw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="118" />
            <source>matched by name</source>
            <translation>wedi'i baru yn ôl enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="119" />
            <source>matched by another name for it</source>
            <translation>wedi'i baru yn ôl enw arall arno</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="120" />
            <source>matched by e-mail address</source>
            <translation>wedi'i baru yn ôl cyfeiriad e-bost</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="121" />
            <source>your choice</source>
            <translation>eich dewis chi</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="123" />
            <source>joins %1 (already in your record)</source>
            <translation>yn ymuno â %1 (eisoes yn eich cofnod)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="128" />
            <source>no organisation</source>
            <translation>dim sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="130" />
            <source>new organisation: choose its sector</source>
            <translation>sefydliad newydd: dewiswch ei sector</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="132" />
            <source>new organisation, sector %1 (guessed from its name)</source>
            <translation>sefydliad newydd, sector %1 (wedi'i ddyfalu o'i enw)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="135" />
            <source>new organisation, sector %1</source>
            <translation>sefydliad newydd, sector %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="60" />
            <source>Sheet of the workbook to import</source>
            <translation>Taflen y llyfr gwaith i'w mewnforio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="65" />
            <source>&amp;Sheet:</source>
            <translation>&amp;Taflen:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="72" />
            <source>Warnings: kept, but worth checking</source>
            <translation>Rhybuddion: wedi'u cadw, ond gwerth eu gwirio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="77" />
            <source>Preview</source>
            <translation>Rhagolwg</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="105" />
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="241" />
            <source>&amp;Rows</source>
            <translation>&amp;Rhesi</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="113" />
            <source>&amp;Columns</source>
            <translation>&amp;Colofnau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="117" />
            <source>&amp;Organisations</source>
            <translation>S&amp;efydliadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="150" />
            <source>No column holds the names. Under Columns, choose which column is the Full name (or which are the First name and Last name).</source>
            <translation>Nid oes colofn yn dal yr enwau. O dan Colofnau, dewiswch pa golofn yw'r Enw llawn (neu pa rai yw'r Enw cyntaf a'r Cyfenw).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="174" />
            <source>Nothing can be imported yet: see below, and choose the columns under Columns.</source>
            <translation>Ni ellir mewnforio dim eto: gweler isod, a dewiswch y colofnau o dan Colofnau.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="180" />
            <source>New people: %1</source>
            <translation>Pobl newydd: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="181" />
            <source>People updated: %1</source>
            <translation>Pobl wedi'u diweddaru: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="182" />
            <source>Organisations already in your record: %1</source>
            <translation>Sefydliadau sydd eisoes yn eich cofnod: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="183" />
            <source>New organisations: %1</source>
            <translation>Sefydliadau newydd: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="184" />
            <source>New boards or groups: %1</source>
            <translation>Byrddau neu grwpiau newydd: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="186" />
            <source>Board seats added or changed: %1</source>
            <translation>Seddi ar fyrddau wedi'u hychwanegu neu eu newid: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="189" />
            <source>Already up to date: %1</source>
            <translation>Eisoes yn gyfredol: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="192" />
            <source>Nothing to change: your record already has everything in this file.</source>
            <translation>Dim i'w newid: mae popeth sydd yn y ffeil hon eisoes yn eich cofnod.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="200" />
            <source>Line %1: '%2' is not a sector the app knows. Choose the sector under Organisations ('Other' until then).</source>
            <translation>Llinell %1: nid yw '%2' yn sector y mae'r ap yn ei adnabod. Dewiswch y sector o dan Sefydliadau ('Arall' tan hynny).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="203" />
            <source>Line %1: '%2' is not a board role, so it is kept as the job title.</source>
            <translation>Llinell %1: nid yw '%2' yn rôl ar fwrdd, felly caiff ei chadw fel teitl y swydd.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="204" />
            <source>Line %1: '%2' is not a board role, so it is kept in the notes.</source>
            <translation>Llinell %1: nid yw '%2' yn rôl ar fwrdd, felly caiff ei chadw yn y nodiadau.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="205" />
            <source>'%2' is a new organisation: choose its sector under Organisations.</source>
            <translation>Mae '%2' yn sefydliad newydd: dewiswch ei sector o dan Sefydliadau.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="206" />
            <source>Line %1: '%2' is not a date, so it is kept in the notes.</source>
            <translation>Llinell %1: nid yw '%2' yn ddyddiad, felly caiff ei gadw yn y nodiadau.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="207" />
            <source>Line %1 has no name, so it is left out (%2).</source>
            <translation>Nid oes enw ar linell %1, felly caiff ei gadael allan (%2).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_dialog.py" line="210" />
            <source>Line %1 has no name, so it is left out.</source>
            <translation>Nid oes enw ar linell %1, felly caiff ei gadael allan.</translation>
        </message>
    </context>
    <context>
        <name>LanguageBar</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/language_bar.py" line="61" />
            <source>This module is not yet available in Cymraeg, so it is shown in English.</source>
            <translation>Nid oes testun Cymraeg ar gyfer y modiwl hwn eto, felly caiff ei ddangos yn Saesneg (English).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/language_bar.py" line="67" />
            <source>Draft translation: this Welsh text has not yet been checked by a fluent reviewer. If something reads oddly, the English version is one click away.</source>
            <translation>Cyfieithiad drafft: nid yw siaradwr Cymraeg rhugl wedi gwirio'r testun Cymraeg hwn eto. Os yw rhywbeth yn darllen yn od, mae'r fersiwn Saesneg un clic i ffwrdd.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/language_bar.py" line="80" />
            <source>Show this module in the other language, at the same section</source>
            <translation>Dangos y modiwl hwn yn yr iaith arall, yn yr un adran</translation>
        </message>
    </context>
    <context>
        <name>LearnPage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="108" />
            <source>Learn</source>
            <translation>Dysgu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="109" />
            <source>Induction modules on community safety</source>
            <translation>Modiwlau cynefino ar ddiogelwch cymunedol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="112" />
            <source>%1 short modules, 10 to 15 minutes each. Open one with Enter or a double click. Your place is saved as you read, so you can stop at any point.</source>
            <translation>%1 o fodiwlau byr, 10 i 15 munud yr un. Agorwch un drwy bwyso Enter neu glicio ddwywaith. Caiff eich lle ei gadw wrth i chi ddarllen, felly gallwch stopio ar unrhyw adeg.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="116" />
            <source>&amp;Glossary</source>
            <translation>G&amp;eirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="117" />
            <source>Open the glossary</source>
            <translation>Agor yr eirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="118" />
            <source>Modules</source>
            <translation>Modiwlau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="119" />
            <source>About the selected module</source>
            <translation>Ynghylch y modiwl a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="121" />
            <source>Some content could not be loaded and is not shown: %1</source>
            <translation>Nid oedd modd llwytho rhywfaint o'r cynnwys, felly nid yw'n cael ei ddangos: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="168" />
            <source>&amp;Start: %1</source>
            <translation>&amp;Dechrau: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="168" />
            <source>&amp;Next module: %1</source>
            <translation>Y &amp;modiwl nesaf: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="170" />
            <source>&amp;Continue where you left off: %1</source>
            <translation>&amp;Parhau o'r man lle roeddech chi: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="185" />
            <source>Learning outcomes:</source>
            <translation>Deilliannau dysgu:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="218" />
            <source>This module could not be opened: %1</source>
            <translation>Nid oedd modd agor y modiwl hwn: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/learn_page.py" line="186" />
            <source>Last reviewed %1.</source>
            <translation>Adolygwyd ddiwethaf %1.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="44" />
            <source>&amp;File</source>
            <translation>&amp;Ffeil</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="45" />
            <source>&amp;Edit</source>
            <translation>&amp;Golygu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="46" />
            <source>&amp;View</source>
            <translation>G&amp;weld</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="47" />
            <source>&amp;Help</source>
            <translation>&amp;Cymorth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="269" />
            <source>Areas</source>
            <translation>Adrannau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="270" />
            <source>Current area</source>
            <translation>Yr adran bresennol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="271" />
            <location filename="../../src/csp_desktop/ui/main_window.py" line="273" />
            <source>Search</source>
            <translation>Chwilio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="272" />
            <source>Search (Ctrl+K)</source>
            <translation>Chwilio (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/main_window.py" line="275" />
            <source>Search modules, the glossary and your CSP contacts. Press Enter to search.</source>
            <translation>Chwiliwch y modiwlau, yr eirfa a chysylltiadau eich PDC. Pwyswch Enter i chwilio.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/menu_commands.py" line="76" />
            <source>The file is at:
%1</source>
            <translation>Mae'r ffeil yma:
%1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="29" />
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="30" />
            <source>&amp;Redo</source>
            <translation>&amp;Ailwneud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="27" />
            <source>&amp;Undo: %1</source>
            <translation>&amp;Dadwneud: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="28" />
            <source>&amp;Redo: %1</source>
            <translation>&amp;Ailwneud: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="36" />
            <source>Undone: %1</source>
            <translation>Wedi dadwneud: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="43" />
            <source>Redone: %1</source>
            <translation>Wedi ailwneud: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="51" />
            <source>Open Ward surgery or Progress to print the who-to-call sheet or your record.</source>
            <translation>Agorwch Cymorthfa ward neu Cynnydd i argraffu'r daflen pwy i'w ffonio neu eich cofnod.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/window_commands.py" line="65" />
            <source>Sent to the printer.</source>
            <translation>Wedi'i anfon i'r argraffydd.</translation>
        </message>
    </context>
    <context>
        <name>MembershipDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="228" />
            <source>Who sits on a group</source>
            <translation>Pwy sy'n aelod o grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="231" />
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="232" />
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="234" />
            <source>Group</source>
            <translation>Grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="236" />
            <source>&amp;Group:</source>
            <translation>&amp;Grŵp:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="237" />
            <source>Role</source>
            <translation>Rôl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="238" />
            <source>&amp;Role:</source>
            <translation>&amp;Rôl:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="239" />
            <source>(their employer)</source>
            <translation>(eu cyflogwr)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="240" />
            <source>Represents</source>
            <translation>Yn cynrychioli</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="241" />
            <source>Represen&amp;ts:</source>
            <translation>Yn &amp;cynrychioli:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="244" />
            <source>Add the person as a contact first.</source>
            <translation>Ychwanegwch y person fel cyswllt yn gyntaf.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../src/csp_desktop/ui/crash.py" line="34" />
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/messages.py" line="62" />
            <source>%1 was changed elsewhere (by an import or another window) since you opened it. Nothing was saved, so the newer details are kept: they are shown now. Look at them and make your change again.</source>
            <translation>Cafodd %1 ei newid mewn man arall (gan fewnforio neu ffenestr arall) ers i chi ei agor. Ni chadwyd dim, felly mae'r manylion mwy diweddar wedi'u cadw: maen nhw'n cael eu dangos nawr. Edrychwch arnyn nhw a gwnewch eich newid eto.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/messages.py" line="70" />
            <source>The disk is full, so nothing was changed. Free some space and try again; everything saved before is safe.</source>
            <translation>Mae'r ddisg yn llawn, felly ni newidiwyd dim. Rhyddhewch ychydig o le a rhowch gynnig arall arni; mae popeth a gadwyd o'r blaen yn ddiogel.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/messages.py" line="76" />
            <source>The data file is busy (another program is writing to it), so nothing was changed. Try again in a moment.</source>
            <translation>Mae'r ffeil ddata yn brysur (mae rhaglen arall yn ysgrifennu iddi), felly ni newidiwyd dim. Rhowch gynnig arall arni mewn munud.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/messages.py" line="82" />
            <source>The data file cannot be written (it is read-only), so nothing was changed.</source>
            <translation>Nid oes modd ysgrifennu i'r ffeil ddata (mae'n ddarllen yn unig), felly ni newidiwyd dim.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/messages.py" line="85" />
            <source>Nothing was changed: %1</source>
            <translation>Ni newidiwyd dim: %1</translation>
        </message>
    </context>
    <context>
        <name>MyCspPage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="51" />
            <source>My CSP</source>
            <translation>Fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="78" />
            <source>&amp;Structure</source>
            <translation>&amp;Strwythur</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="79" />
            <source>&amp;People</source>
            <translation>&amp;Pobl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="80" />
            <source>&amp;Organisations</source>
            <translation>S&amp;efydliadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="83" />
            <source>&amp;Who represents…?</source>
            <translation>Pwy sy'n cy&amp;nrychioli…?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="91" />
            <source>&amp;Import…</source>
            <translation>&amp;Mewnforio…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="91" />
            <source>Import contacts or a CSP pack</source>
            <translation>Mewnforio cysylltiadau neu becyn PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="95" />
            <source>E&amp;xport…</source>
            <translation>A&amp;llforio…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="96" />
            <source>Export for Excel, Outlook or as a CSP pack</source>
            <translation>Allforio ar gyfer Excel neu Outlook, neu fel pecyn PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="180" />
            <source>Chec&amp;k contacts (%1)</source>
            <translation>Gw&amp;irio cysylltiadau (%1)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="319" />
            <source>Add procedure</source>
            <translation>Ychwanegu gweithdrefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="324" />
            <source>Edit procedure</source>
            <translation>Golygu gweithdrefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="173" />
            <source>Your CSP: %1</source>
            <translation>Eich PDC: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="84" />
            <source>Chec&amp;k contacts</source>
            <translation>Gw&amp;irio cysylltiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="85" />
            <source>&amp;Local procedures</source>
            <translation>Gwei&amp;thdrefnau lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="173" />
            <source>Your CSP</source>
            <translation>Eich PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="241" />
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="289" />
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="298" />
            <source>Add %1</source>
            <translation>Ychwanegu %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="251" />
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="294" />
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="311" />
            <source>Edit %1</source>
            <translation>Golygu %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="269" />
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="282" />
            <source>Mark %1 checked</source>
            <translation>Nodi bod manylion %1 wedi'u gwirio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="305" />
            <source>Add member</source>
            <translation>Ychwanegu aelod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="315" />
            <source>Edit member</source>
            <translation>Golygu aelod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="330" />
            <source>this entry</source>
            <translation>y cofnod hwn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="333" />
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="334" />
            <source>Delete %1? You can undo this with Edit &gt; Undo.</source>
            <translation>Dileu %1? Gallwch ddadwneud hyn drwy Golygu &gt; Dadwneud.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="335" />
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="342" />
            <source>Delete %1</source>
            <translation>Dileu %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/page.py" line="193" />
            <source>Not saved</source>
            <translation>Heb ei gadw</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="89" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="91" />
            <source>Organisation name</source>
            <translation>Enw'r sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="93" />
            <source>Name in &amp;Welsh:</source>
            <translation>Enw yn &amp;Gymraeg:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="93" />
            <source>Organisation name in Welsh</source>
            <translation>Enw'r sefydliad yn Gymraeg</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="96" />
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="99" />
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="100" />
            <source>A &amp;responsible authority (a statutory CSP partner)</source>
            <translation>&amp;Awdurdod cyfrifol (un o bartneriaid statudol y PDC)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="104" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="106" />
            <source>No&amp;tes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="112" />
            <source>An organisation needs a name.</source>
            <translation>Mae angen enw ar sefydliad.</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsModel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="259" />
            <source>Yes</source>
            <translation>Ydy</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="259" />
            <source>No</source>
            <translation>Nac ydy</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTab</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="90" />
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="93" />
            <source>&amp;Add organisation…</source>
            <translation>&amp;Ychwanegu sefydliad…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="93" />
            <source>Add organisation</source>
            <translation>Ychwanegu sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="94" />
            <source>Edi&amp;t…</source>
            <translation>Golyg&amp;u…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="94" />
            <source>Edit organisation</source>
            <translation>Golygu sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="95" />
            <source>&amp;Delete…</source>
            <translation>&amp;Dileu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="95" />
            <source>Delete organisation</source>
            <translation>Dileu sefydliad</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="229" />
            <source>never</source>
            <translation>erioed</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/models.py" line="232" />
            <source>(check)</source>
            <translation>(gwirio)</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="38" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="41" />
            <source>Filter by name, organisation, e-mail…</source>
            <translation>Hidlo yn ôl enw, sefydliad, e-bost…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="42" />
            <source>Filter people</source>
            <translation>Hidlo pobl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="46" />
            <source>&amp;Add contact…</source>
            <translation>&amp;Ychwanegu cyswllt…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="46" />
            <source>Add contact</source>
            <translation>Ychwanegu cyswllt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="47" />
            <source>Edi&amp;t…</source>
            <translation>Golyg&amp;u…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="47" />
            <source>Edit contact</source>
            <translation>Golygu cyswllt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="49" />
            <source>Details checked toda&amp;y</source>
            <translation>Manylion wedi'u gwirio &amp;heddiw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="49" />
            <source>Mark details checked today</source>
            <translation>Nodi bod y manylion wedi'u gwirio heddiw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="51" />
            <source>&amp;Delete…</source>
            <translation>&amp;Dileu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="51" />
            <source>Delete contact</source>
            <translation>Dileu cyswllt</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="128" />
            <source>Contact</source>
            <translation>Cyswllt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="130" />
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="130" />
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="131" />
            <source>&amp;Job title:</source>
            <translation>&amp;Teitl swydd:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="131" />
            <source>Job title</source>
            <translation>Teitl swydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="132" />
            <source>(none)</source>
            <translation>(dim)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="135" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="136" />
            <source>&amp;Organisation:</source>
            <translation>&amp;Sefydliad:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138" />
            <source>&amp;E-mail:</source>
            <translation>E-&amp;bost:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="138" />
            <source>E-mail addresses</source>
            <translation>Cyfeiriadau e-bost</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="140" />
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="142" />
            <source>Separate several with ;</source>
            <translation>Rhowch ; rhwng mwy nag un</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="141" />
            <source>&amp;Phone:</source>
            <translation>&amp;Ffôn:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="141" />
            <source>Phone numbers</source>
            <translation>Rhifau ffôn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="143" />
            <source>Details &amp;checked on:</source>
            <translation>Manylion wedi'u &amp;gwirio ar:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="146" />
            <source>Date the details were last checked</source>
            <translation>Y dyddiad y gwiriwyd y manylion ddiwethaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="156" />
            <source>Notes</source>
            <translation>Nodiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="158" />
            <source>No&amp;tes:</source>
            <translation>&amp;Nodiadau:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="35" />
            <source>Preferences</source>
            <translation>Dewisiadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="41" />
            <source>Your name</source>
            <translation>Eich enw</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="42" />
            <source>As it should appear on your induction record</source>
            <translation>Fel y dylai ymddangos ar eich cofnod cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="47" />
            <source>Your council</source>
            <translation>Eich cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="48" />
            <source>Not chosen yet</source>
            <translation>Heb ei ddewis eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="60" />
            <source>Language</source>
            <translation>Iaith</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="71" />
            <source>Text size</source>
            <translation>Maint y testun</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="78" />
            <source>Appearance</source>
            <translation>Golwg</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="80" />
            <source>Follow the system</source>
            <translation>Dilyn y system</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="81" />
            <source>Light</source>
            <translation>Golau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="82" />
            <source>Dark</source>
            <translation>Tywyll</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="83" />
            <source>High contrast</source>
            <translation>Cyferbyniad uchel</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="89" />
            <source>Your &amp;name:</source>
            <translation>Eich &amp;enw:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="90" />
            <source>Your &amp;council:</source>
            <translation>Eich &amp;cyngor:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="91" />
            <source>&amp;Language:</source>
            <translation>&amp;Iaith:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="93" />
            <source>&amp;Text size:</source>
            <translation>Maint y &amp;testun:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/preferences_dialog.py" line="94" />
            <source>&amp;Appearance:</source>
            <translation>&amp;Golwg:</translation>
        </message>
    </context>
    <context>
        <name>ProcedureDialog</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="258" />
            <source>Local procedure</source>
            <translation>Gweithdrefn leol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="260" />
            <source>&amp;Topic:</source>
            <translation>&amp;Pwnc:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="260" />
            <source>Topic</source>
            <translation>Pwnc</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="262" />
            <source>What to do locally</source>
            <translation>Beth i'w wneud yn lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/editors.py" line="264" />
            <source>&amp;What to do:</source>
            <translation>&amp;Beth i'w wneud:</translation>
        </message>
    </context>
    <context>
        <name>ProceduresTab</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="33" />
            <source>Local procedures</source>
            <translation>Gweithdrefnau lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="39" />
            <source>What to do locally</source>
            <translation>Beth i'w wneud yn lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="47" />
            <source>&amp;Add…</source>
            <translation>&amp;Ychwanegu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="47" />
            <source>Add procedure</source>
            <translation>Ychwanegu gweithdrefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="48" />
            <source>Edit procedure</source>
            <translation>Golygu gweithdrefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="48" />
            <source>Edi&amp;t…</source>
            <translation>Golyg&amp;u…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="49" />
            <source>&amp;Delete…</source>
            <translation>&amp;Dileu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="49" />
            <source>Delete procedure</source>
            <translation>Dileu gweithdrefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="60" />
            <source>(not filled in)</source>
            <translation>(heb ei llenwi)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/procedures_tab.py" line="72" />
            <source>Not filled in yet: ask your CSP officer.</source>
            <translation>Heb ei llenwi eto: gofynnwch i swyddog eich PDC.</translation>
        </message>
    </context>
    <context>
        <name>ProgressPage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="105" />
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="120" />
            <source>Progress</source>
            <translation>Cynnydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="106" />
            <source>Your induction record</source>
            <translation>Eich cofnod cynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="107" />
            <source>Export &amp;PDF…</source>
            <translation>Allforio &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="108" />
            <source>Export the record as a PDF</source>
            <translation>Allforio'r cofnod fel PDF</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="109" />
            <source>Export &amp;CSV…</source>
            <translation>Allforio CS&amp;V…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="110" />
            <source>Export the record as CSV for Excel</source>
            <translation>Allforio'r cofnod fel CSV ar gyfer Excel</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="116" />
            <source>Set your &amp;name and council…</source>
            <translation>Gosod eich &amp;enw a'ch cyngor…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="117" />
            <source>Set your name and council</source>
            <translation>Gosod eich enw a'ch cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="118" />
            <source>The record as it will print</source>
            <translation>Y cofnod fel y caiff ei argraffu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="139" />
            <source>Community safety induction record</source>
            <translation>Cofnod cynefino ar ddiogelwch cymunedol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="140" />
            <source>Councillor</source>
            <translation>Cynghorydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="141" />
            <source>Council</source>
            <translation>Cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="142" />
            <source>Produced</source>
            <translation>Cynhyrchwyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="143" />
            <source>(name not set: add it in Preferences)</source>
            <translation>(enw heb ei osod: ychwanegwch ef yn Dewisiadau)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="144" />
            <source>(council not set)</source>
            <translation>(cyngor heb ei osod)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="145" />
            <source>{done} of {total} modules complete. Time spent learning: {time}.</source>
            <translation>Wedi cwblhau {done} o {total} modiwl. Amser a dreuliwyd yn dysgu: {time}.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="146" />
            <source>Module</source>
            <translation>Modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="147" />
            <source>Status</source>
            <translation>Statws</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="148" />
            <source>Completed</source>
            <translation>Cwblhawyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="149" />
            <source>Best check score</source>
            <translation>Sgôr orau yn y gwiriad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="150" />
            <source>Time</source>
            <translation>Amser</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="151" />
            <source>Not started</source>
            <translation>Heb ddechrau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="152" />
            <source>In progress</source>
            <translation>Ar y gweill</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="153" />
            <source>Complete</source>
            <translation>Wedi'i gwblhau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="154" />
            <source>Reflections</source>
            <translation>Myfyrdodau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="162" />
            <source>under 1 min</source>
            <translation>llai nag 1 munud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="163" />
            <source>%1 min</source>
            <translation>%1 munud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="164" />
            <source>%1 h %2 min</source>
            <translation>%1 awr %2 munud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="165" />
            <source>Module number</source>
            <translation>Rhif y modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="166" />
            <source>Module version</source>
            <translation>Fersiwn y modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="167" />
            <source>Started</source>
            <translation>Dechreuwyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="168" />
            <source>Minutes spent</source>
            <translation>Munudau a dreuliwyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="171" />
            <source>Produced by CSP Desktop from the learner's own record on their computer. Modules are based on public sources listed in each module.</source>
            <translation>Cynhyrchwyd gan CSP Desktop o gofnod y dysgwr ei hun ar ei gyfrifiadur. Mae'r modiwlau'n seiliedig ar ffynonellau cyhoeddus a restrir ym mhob modiwl.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="212" />
            <source>%1 of %2 modules complete.</source>
            <translation>Wedi cwblhau %1 o %2 modiwl.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="224" />
            <source>councillor</source>
            <translation>cynghorydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="241" />
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="254" />
            <source>Export the record</source>
            <translation>Allforio'r cofnod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="257" />
            <source>Saved %1</source>
            <translation>Wedi cadw %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="244" />
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV ar gyfer Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="119" />
            <source>Induction &amp;record</source>
            <translation>Cofnod c&amp;ynefino</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="122" />
            <source>My &amp;development needs</source>
            <translation>Fy anghenion &amp;datblygu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="155" />
            <source>version {version}</source>
            <translation>fersiwn {version}</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="156" />
            <source>updated since you completed it</source>
            <translation>wedi'i ddiweddaru ers i chi ei gwblhau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="157" />
            <source>My development needs</source>
            <translation>Fy anghenion datblygu</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="159" />
            <source>For the annual review of training and development needs that the council must offer each member (Local Government (Wales) Measure 2011, section 7).</source>
            <translation>Ar gyfer yr adolygiad blynyddol o anghenion hyfforddi a datblygu y mae'n rhaid i'r cyngor ei gynnig i bob aelod (Mesur Llywodraeth Leol (Cymru) 2011, adran 7).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="111" />
            <source>Include my reflection&amp;s</source>
            <translation>Cynnwys fy &amp;myfyrdodau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="112" />
            <source>Include my reflections in the record</source>
            <translation>Cynnwys fy myfyrdodau yn y cofnod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/progress_page.py" line="114" />
            <source>Your reflections are printed in the record you share. Untick to leave them out.</source>
            <translation>Caiff eich myfyrdodau eu hargraffu yn y cofnod rydych yn ei rannu. Dad-diciwch i'w gadael allan.</translation>
        </message>
    </context>
    <context>
        <name>QuestionWidget</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="61" />
            <source>Question %1</source>
            <translation>Cwestiwn %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="66" />
            <source>Choose all that apply.</source>
            <translation>Dewiswch bob un sy'n berthnasol.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="66" />
            <source>Choose one answer.</source>
            <translation>Dewiswch un ateb.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="89" />
            <source>Check answer</source>
            <translation>Gwirio'r ateb</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="90" />
            <source>Check answer to question %1</source>
            <translation>Gwirio'r ateb i gwestiwn %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="123" />
            <source>Right.</source>
            <translation>Cywir.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="123" />
            <source>Not quite.</source>
            <translation>Ddim yn hollol.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="127" />
            <source>The answer: %1.</source>
            <translation>Yr ateb: %1.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="129" />
            <source>The answers: %1.</source>
            <translation>Yr atebion: %1.</translation>
        </message>
    </context>
    <context>
        <name>QuizPanel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="198" />
            <source>Try again</source>
            <translation>Rhoi cynnig arall arni</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="199" />
            <source>Try the questions again</source>
            <translation>Rhoi cynnig ar y cwestiynau eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="214" />
            <source>passed</source>
            <translation>wedi llwyddo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="214" />
            <source>not yet passed</source>
            <translation>heb lwyddo eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="216" />
            <source>Your best score so far: %1 of %2 (%3).</source>
            <translation>Eich sgôr orau hyd yma: %1 o %2 (%3).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="232" />
            <source>You passed the check.</source>
            <translation>Rydych wedi llwyddo yn y gwiriad.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="234" />
            <source>You need %1 % to pass: try again when you are ready.</source>
            <translation>Mae angen %1 % arnoch i lwyddo: rhowch gynnig arall arni pan fyddwch yn barod.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/quiz.py" line="241" />
            <source>You got %1 of %2 right.</source>
            <translation>Cawsoch %1 o %2 yn gywir.</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="53" />
            <source>Guidance</source>
            <translation>Canllawiau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="54" />
            <source>Case study</source>
            <translation>Astudiaeth achos</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="55" />
            <source>What would you do?</source>
            <translation>Beth fyddech chi'n ei wneud?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="56" />
            <source>Reflection</source>
            <translation>Myfyrdod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="57" />
            <source>Knowledge check</source>
            <translation>Gwiriad gwybodaeth</translation>
        </message>
    </context>
    <context>
        <name>ReaderView</name>
    <message>
        <location filename="../../src/csp_desktop/ui/learn/reader.py" line="316"/>
        <source>your CSP&apos;s {sector} representative (not recorded yet: add them in My CSP)</source>
        <translation>cynrychiolydd {sector} eich PDC (heb ei gofnodi eto: ychwanegwch nhw yn Fy PDC)</translation>
    </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="157" />
            <source>← All modules</source>
            <translation>← Pob modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="158" />
            <source>Back to all modules</source>
            <translation>Yn ôl i bob modiwl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="159" />
            <source>Contents</source>
            <translation>Cynnwys</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="160" />
            <source>Section text</source>
            <translation>Testun yr adran</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="161" />
            <source>← Previous</source>
            <translation>← Blaenorol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="162" />
            <source>Previous section</source>
            <translation>Yr adran flaenorol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="163" />
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="301" />
            <source>Next →</source>
            <translation>Nesaf →</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="164" />
            <source>Next section</source>
            <translation>Yr adran nesaf</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="231" />
            <source>read</source>
            <translation>wedi'i darllen</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="231" />
            <source>not read yet</source>
            <translation>heb ei darllen eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="364" />
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="298" />
            <source>Section %1 of %2</source>
            <translation>Adran %1 o %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="301" />
            <source>Finish</source>
            <translation>Gorffen</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="360" />
            <source>Open outside CSP Desktop?</source>
            <translation>Agor y tu allan i CSP Desktop?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reader.py" line="362" />
            <source>This link opens in another program (a web browser, e-mail or phone app):

%1

Open it?</source>
            <translation>Mae'r ddolen hon yn agor mewn rhaglen arall (porwr gwe, ap e-bost neu ap ffôn):

%1

Agor y ddolen?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/finish.py" line="24" />
            <source>Last reviewed %1.</source>
            <translation>Adolygwyd ddiwethaf %1.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="91" />
            <source>Your data was saved by a newer version of CSP Desktop, so this version will not open it. Nothing has been changed.

Install the newer version, or ask IT for help.

Data file: %1</source>
            <translation>Cafodd eich data ei gadw gan fersiwn fwy newydd o CSP Desktop, felly ni fydd y fersiwn hon yn ei agor. Nid oes dim wedi'i newid.

Gosodwch y fersiwn fwy newydd, neu gofynnwch i'r adran TG am help.

Ffeil ddata: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="110" />
            <source>CSP Desktop cannot open its data file: %1</source>
            <translation>Ni all CSP Desktop agor ei ffeil ddata: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="139" />
            <source>CSP Desktop could not read your data file. It may have been damaged, for example if the computer lost power while saving.</source>
            <translation>Nid oedd CSP Desktop yn gallu darllen eich ffeil ddata. Efallai ei bod wedi'i difrodi, er enghraifft os collodd y cyfrifiadur bŵer wrth gadw.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="146" />
            <source>The damaged file has been kept, not deleted, at:
%1</source>
            <translation>Mae'r ffeil sydd wedi'i difrodi wedi'i chadw, nid ei dileu, yma:
%1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="152" />
            <source>A backup from %1 is available. Restoring it brings back your data as it was that day.</source>
            <translation>Mae copi wrth gefn dyddiedig %1 ar gael. Bydd ei adfer yn dod â'ch data yn ôl fel yr oedd ar y diwrnod hwnnw.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="157" />
            <source>&amp;Restore the backup</source>
            <translation>&amp;Adfer y copi wrth gefn</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="160" />
            <source>Start &amp;empty</source>
            <translation>Dechrau'n &amp;wag</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="123" />
            <location filename="../../src/csp_desktop/ui/recovery.py" line="162" />
            <source>&amp;Quit</source>
            <translation>&amp;Gadael</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="49" />
            <source>Another program is using your data file just now (perhaps another copy of CSP Desktop, a backup tool or a synchronised folder). Close it, or wait a moment, and try again.</source>
            <translation>Mae rhaglen arall yn defnyddio eich ffeil ddata ar hyn o bryd (copi arall o CSP Desktop, offeryn copïau wrth gefn neu ffolder sy'n cael ei gysoni, efallai). Caewch hi, neu arhoswch am funud, a rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="55" />
            <source>The disk is full. Free some space, then try again.</source>
            <translation>Mae'r ddisg yn llawn. Rhyddhewch ychydig o le, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="56" />
            <source>This user account is not allowed to read and change your data file. It may have been set up by another account: ask IT to give it back to you.</source>
            <translation>Nid oes gan y cyfrif defnyddiwr hwn ganiatâd i ddarllen a newid eich ffeil ddata. Efallai iddi gael ei gosod gan gyfrif arall: gofynnwch i'r adran TG ei rhoi yn ôl i chi.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="61" />
            <source>There is a folder where your data file should be. Move or rename it, then try again.</source>
            <translation>Mae ffolder lle dylai eich ffeil ddata fod. Symudwch y ffolder neu newidiwch ei enw, yna rhowch gynnig arall arni.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="67" />
            <source>The computer reported a problem reading your data file.</source>
            <translation>Rhoddodd y cyfrifiadur wybod am broblem wrth ddarllen eich ffeil ddata.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="70" />
            <source>CSP Desktop cannot open your data file at the moment.</source>
            <translation>Ni all CSP Desktop agor eich ffeil ddata ar hyn o bryd.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="74" />
            <source>Nothing has been moved or changed.</source>
            <translation>Nid oes dim wedi'i symud na'i newid.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="76" />
            <source>Data file: %1</source>
            <translation>Ffeil ddata: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="121" />
            <source>&amp;Try again</source>
            <translation>&amp;Rhoi cynnig arall arni</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/recovery.py" line="133" />
            <source>Your data file was empty: something (a synchronising folder, a disk tool or a power cut) emptied it. CSP Desktop has not replaced it without asking you.</source>
            <translation>Roedd eich ffeil ddata yn wag: cafodd ei gwagio gan rywbeth (ffolder sy'n cael ei gysoni, offeryn disg neu doriad pŵer). Nid yw CSP Desktop wedi rhoi ffeil arall yn ei lle heb ofyn i chi.</translation>
        </message>
    </context>
    <context>
        <name>ReflectionWidget</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="49" />
            <source>Your reflection</source>
            <translation>Eich myfyrdod</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="77" />
            <source>That is longer than CSP Desktop keeps; please shorten it.</source>
            <translation>Mae hynny'n hirach nag y mae CSP Desktop yn ei gadw; byrhewch ef, os gwelwch yn dda.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="79" />
            <source>Saving…</source>
            <translation>Wrthi'n cadw…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="89" />
            <source>Saved on this computer.</source>
            <translation>Wedi'i gadw ar y cyfrifiadur hwn.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="51" />
            <source>Your thoughts, in your own words.</source>
            <translation>Eich meddyliau, yn eich geiriau eich hun.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/reflection.py" line="54" />
            <source>Kept on this computer. Reflections go into your induction record when you export or print it to share; you can leave them out there (Progress).</source>
            <translation>Yn cael eu cadw ar y cyfrifiadur hwn. Mae myfyrdodau'n mynd i'ch cofnod cynefino pan fyddwch yn ei allforio neu'n ei argraffu i'w rannu; gallwch eu gadael allan yno (Cynnydd).</translation>
        </message>
    </context>
    <context>
        <name>ReviewTab</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="115" />
            <source>Contacts to check</source>
            <translation>Cysylltiadau i'w gwirio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="121" />
            <source>People move on. These contacts have not been checked for over a year, or never: confirm their details with your CSP officer, then mark them checked.</source>
            <translation>Mae pobl yn symud ymlaen. Nid yw'r cysylltiadau hyn wedi'u gwirio ers dros flwyddyn, neu erioed: cadarnhewch eu manylion gyda swyddog eich PDC, yna nodwch eu bod wedi'u gwirio.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="128" />
            <source>&amp;Review…</source>
            <translation>&amp;Adolygu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="128" />
            <source>Review the selected contact</source>
            <translation>Adolygu'r cyswllt a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="131" />
            <source>Still &amp;correct</source>
            <translation>&amp;Yn dal yn gywir</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/record_tabs.py" line="131" />
            <source>Details are still correct</source>
            <translation>Mae'r manylion yn dal yn gywir</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="106" />
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="188" />
            <source>Ward surgery</source>
            <translation>Cymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="107" />
            <source>People</source>
            <translation>Pobl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="108" />
            <source>Organisations</source>
            <translation>Sefydliadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="109" />
            <source>Boards and groups</source>
            <translation>Byrddau a grwpiau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="110" />
            <source>Local procedures</source>
            <translation>Gweithdrefnau lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="111" />
            <source>Glossary</source>
            <translation>Geirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="112" />
            <source>Modules</source>
            <translation>Modiwlau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="117" />
            <source>Search results</source>
            <translation>Canlyniadau chwilio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="172" />
            <source>Keep typing: search starts at the second letter</source>
            <translation>Daliwch ati i deipio: mae'r chwilio'n dechrau ar yr ail lythyren</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="174" />
            <source>Nothing found for “%1”</source>
            <translation>Dim canlyniadau ar gyfer “%1”</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="186" />
            <source>Learn › Module %1</source>
            <translation>Dysgu › Modiwl %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="190" />
            <source>Learn › Glossary</source>
            <translation>Dysgu › Geirfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="192" />
            <source>My CSP › People</source>
            <translation>Fy PDC › Pobl</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="193" />
            <source>My CSP › Organisations</source>
            <translation>Fy PDC › Sefydliadau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="194" />
            <source>My CSP › Structure</source>
            <translation>Fy PDC › Strwythur</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/search_popup.py" line="195" />
            <source>My CSP › Local procedures</source>
            <translation>Fy PDC › Gweithdrefnau lleol</translation>
        </message>
    </context>
    <context>
        <name>SeatsEditor</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="37" />
            <source>&amp;Boards and groups:</source>
            <translation>Byrddau a g&amp;rwpiau:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="45" />
            <source>Boards and groups this person sits on</source>
            <translation>Y byrddau a'r grwpiau y mae'r person hwn yn aelod ohonynt</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="60" />
            <source>Role on the highlighted board</source>
            <translation>Rôl ar y bwrdd a amlygwyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="63" />
            <source>Ro&amp;le on the highlighted board:</source>
            <translation>Rô&amp;l ar y bwrdd a amlygwyd:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="73" />
            <source>No boards recorded yet: add them in Structure.</source>
            <translation>Dim byrddau wedi'u cofnodi eto: ychwanegwch nhw yn Strwythur.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/seats.py" line="86" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>SetupPanel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="18" />
            <source>Set up your Community Safety Partnership</source>
            <translation>Gosod eich Partneriaeth Diogelwch Cymunedol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="26" />
            <source>Choose your council. CSP Desktop will fill in the statutory partners for your area (council, police, health board, fire and rescue, probation, and the police and crime commissioner) and a typical board structure for you to confirm or change. No names of people are filled in: add them yourself, or import the list your CSP officer sends.</source>
            <translation>Dewiswch eich cyngor. Bydd CSP Desktop yn llenwi'r partneriaid statudol ar gyfer eich ardal (y cyngor, yr heddlu, y bwrdd iechyd, y gwasanaeth tân ac achub, y gwasanaeth prawf, a'r comisiynydd heddlu a throseddu) a strwythur bwrdd nodweddiadol i chi ei gadarnhau neu ei newid. Ni chaiff enwau unrhyw bobl eu llenwi: ychwanegwch nhw eich hun, neu mewnforiwch y rhestr y mae swyddog eich PDC yn ei hanfon.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="35" />
            <source>Your council</source>
            <translation>Eich cyngor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="48" />
            <source>Your &amp;council:</source>
            <translation>Eich c&amp;yngor:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="50" />
            <source>F&amp;ill in my CSP</source>
            <translation>&amp;Llenwi fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="52" />
            <source>Fill in my CSP</source>
            <translation>Llenwi fy PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/setup_panel.py" line="37" />
            <source>Choose your council…</source>
            <translation>Dewiswch eich cyngor…</translation>
        </message>
    </context>
    <context>
        <name>StructureTab</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="41" />
            <source>Boards and their members</source>
            <translation>Byrddau a'u haelodau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="47" />
            <source>Structure diagram</source>
            <translation>Diagram o'r strwythur</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54" />
            <source>Add &amp;group…</source>
            <translation>Ychwanegu g&amp;rŵp…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="54" />
            <source>Add board or group</source>
            <translation>Ychwanegu bwrdd neu grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55" />
            <source>Add &amp;member…</source>
            <translation>Ychwanegu &amp;aelod…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="55" />
            <source>Add a person to a group</source>
            <translation>Ychwanegu person at grŵp</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56" />
            <source>Edit the selected group or member</source>
            <translation>Golygu'r grŵp neu'r aelod a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="56" />
            <source>Edi&amp;t…</source>
            <translation>Golyg&amp;u…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57" />
            <source>&amp;Delete…</source>
            <translation>&amp;Dileu…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="57" />
            <source>Delete the selected group or member</source>
            <translation>Dileu'r grŵp neu'r aelod a ddewiswyd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="63" />
            <source>Export the diagram as PNG or PDF</source>
            <translation>Allforio'r diagram fel PNG neu PDF</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="63" />
            <source>Export diag&amp;ram…</source>
            <translation>Allf&amp;orio diagram…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="76" />
            <source>(suggested)</source>
            <translation>(wedi'i awgrymu)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="97" />
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="108" />
            <source>Export diagram</source>
            <translation>Allforio diagram</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="97" />
            <source>PDF (*.pdf);;PNG image (*.png)</source>
            <translation>PDF (*.pdf);;Delwedd PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="106" />
            <source>CSP structure</source>
            <translation>Strwythur y PDC</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/structure_tab.py" line="110" />
            <source>Saved %1</source>
            <translation>Wedi cadw %1</translation>
        </message>
    </context>
    <context>
        <name>SurgeryPage</name>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="112" />
            <source>In an emergency, or if someone is in immediate danger, call 999.</source>
            <translation>Mewn argyfwng, neu os yw rhywun mewn perygl uniongyrchol, ffoniwch 999.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="113" />
            <source>This topic is not yet available in Cymraeg, so it is shown in English.</source>
            <translation>Nid oes testun Cymraeg ar gyfer y pwnc hwn eto, felly caiff ei ddangos yn Saesneg (English).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="114" />
            <source>National helplines</source>
            <translation>Llinellau cymorth cenedlaethol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="115" />
            <source>Your local contacts</source>
            <translation>Eich cysylltiadau lleol</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="116" />
            <source>No %1 contact recorded in My CSP yet.</source>
            <translation>Nid oes cyswllt ar gyfer %1 wedi'i gofnodi yn Fy PDC eto.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="117" />
            <source>Add one</source>
            <translation>Ychwanegu un</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="118" />
            <source>Ask your CSP officer for:</source>
            <translation>Gofynnwch i swyddog eich PDC am:</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="119" />
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="212" />
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="220" />
            <source>Who to call</source>
            <translation>Pwy i'w ffonio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="120" />
            <source>By situation</source>
            <translation>Fesul sefyllfa</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="121" />
            <source>not recorded yet</source>
            <translation>heb ei gofnodi eto</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="122" />
            <source>text %1</source>
            <translation>neges destun %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="123" />
            <source>Printed from CSP Desktop on %1. Check local details with your CSP officer.</source>
            <translation>Argraffwyd o CSP Desktop ar %1. Gwiriwch y manylion lleol gyda swyddog eich PDC.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="136" />
            <source>Ward surgery</source>
            <translation>Cymorthfa ward</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="137" />
            <source>Ward surgery: who to call about what</source>
            <translation>Cymorthfa ward: pwy i'w ffonio am beth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="140" />
            <source>Save a one-page who-to-call sheet as PDF</source>
            <translation>Cadw taflen un dudalen “Pwy i'w ffonio” fel PDF</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="142" />
            <source>Situations</source>
            <translation>Sefyllfaoedd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="143" />
            <source>What to do</source>
            <translation>Beth i'w wneud</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="183" />
            <source>Open outside CSP Desktop?</source>
            <translation>Agor y tu allan i CSP Desktop?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="184" />
            <source>Open this web page in your browser?

%1</source>
            <translation>Agor y dudalen we hon yn eich porwr?

%1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="185" />
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="220" />
            <source>who-to-call</source>
            <translation>pwy-i-ffonio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="124" />
            <source>Last reviewed %1.</source>
            <translation>Adolygwyd ddiwethaf %1.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="139" />
            <source>Save sheet as &amp;PDF…</source>
            <translation>Cadw'r daflen fel &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="193" />
            <source>Copied %1</source>
            <translation>Wedi copïo %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="194" />
            <source>Copied</source>
            <translation>Wedi copïo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/surgery_page.py" line="141" />
            <source>To print it on paper, use File &gt; Print (Ctrl+P).</source>
            <translation>I'w hargraffu ar bapur, defnyddiwch Ffeil &gt; Argraffu (Ctrl+P).</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="28" />
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="43" />
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="53" />
            <source>Import</source>
            <translation>Mewnforio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="40" />
            <source>Nothing was imported:</source>
            <translation>Ni fewnforiwyd dim:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="57" />
            <source>Imported %n record(s)</source>
            <translation>
                <numerusform>Mewnforiwyd %n cofnod</numerusform>
                <numerusform>Mewnforiwyd %n cofnod</numerusform>
                <numerusform>Mewnforiwyd %n o gofnodion</numerusform>
                <numerusform>Mewnforiwyd %n chofnod</numerusform>
                <numerusform>Mewnforiwyd %n o gofnodion</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="63" />
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV ar gyfer Excel (*.csv)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="64" />
            <source>vCard for Outlook and phones (*.vcf)</source>
            <translation>vCard ar gyfer Outlook a ffonau (*.vcf)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="65" />
            <source>CSP pack to share (*.csppack)</source>
            <translation>Pecyn PDC i'w rannu (*.csppack)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="69" />
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="82" />
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="87" />
            <source>Export</source>
            <translation>Allforio</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="89" />
            <source>Saved %1</source>
            <translation>Wedi cadw %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="78" />
            <source>This file could not be imported back into CSP Desktop as it is:

%1

Save it anyway?</source>
            <translation>Ni fyddai modd mewnforio'r ffeil hon yn ôl i CSP Desktop fel y mae:

%1

Ei chadw beth bynnag?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="27" />
            <source>Contacts, spreadsheets and CSP packs (*.csv *.txt *.xlsx *.vcf *.csppack *.json);;All files (*)</source>
            <translation>Cysylltiadau, taenlenni a phecynnau PDC (*.csv *.txt *.xlsx *.vcf *.csppack *.json);;Pob ffeil (*)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="51" />
            <source>Reading %1…</source>
            <translation>Yn darllen %1…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/transfer.py" line="101" />
            <source>Writing %1…</source>
            <translation>Yn ysgrifennu %1…</translation>
        </message>
    </context>
    <context>
        <name>UpdatedNotice</name>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/updated_notice.py" line="28" />
            <source>Updated since you completed it (you completed version %1).</source>
            <translation>Wedi'i ddiweddaru ers i chi ei gwblhau (fe wnaethoch chi gwblhau fersiwn %1).</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/updated_notice.py" line="38" />
            <source>Changed sections: %1</source>
            <translation>Adrannau a newidiwyd: %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/learn/updated_notice.py" line="40" />
            <source>Updated since you completed it</source>
            <translation>Wedi'i ddiweddaru ers i chi ei gwblhau</translation>
        </message>
    </context>
    <context>
        <name>WhoPanel</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="112" />
            <source>Who represents which sec&amp;tor?</source>
            <translation>Pwy sy'n cynrychioli pa sect&amp;or?</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="117" />
            <source>Sector, for example health, probation, police or fire</source>
            <translation>Sector, er enghraifft iechyd, gwasanaeth prawf, heddlu neu dân</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="120" />
            <source>Type health, probation, police, fire…</source>
            <translation>Teipiwch iechyd, gwasanaeth prawf, heddlu, tân…</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="132" />
            <source>Representatives</source>
            <translation>Cynrychiolwyr</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="203" />
            <source>Choose or type a sector to see who represents it.</source>
            <translation>Dewiswch neu deipiwch sector i weld pwy sy'n ei gynrychioli.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="201" />
            <source>Organisation</source>
            <translation>Sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="201" />
            <source>Name and boards</source>
            <translation>Enw a byrddau</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="188" />
            <source>Nobody recorded yet. Add them under People, with their organisation.</source>
            <translation>Nid oes neb wedi'i gofnodi eto. Ychwanegwch nhw o dan Pobl, gyda'u sefydliad.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="196" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="198" />
            <source>(no board seat recorded)</source>
            <translation>(dim sedd ar fwrdd wedi'i chofnodi)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="207" />
            <source>%1: %2 listed. Select a person to see their contact card.</source>
            <translation>%1: %2 wedi'u rhestru. Dewiswch berson i weld y cerdyn cyswllt.</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/who_panel.py" line="211" />
            <source>%1: nobody recorded yet.</source>
            <translation>%1: neb wedi'i gofnodi eto.</translation>
        </message>
    </context>
    <context>
        <name>ColumnsTable</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="87" />
            <source>Which column holds what</source>
            <translation>Pa golofn sy'n dal beth</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89" />
            <source>Column in the file</source>
            <translation>Colofn yn y ffeil</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89" />
            <source>Example</source>
            <translation>Enghraifft</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="89" />
            <source>Import as</source>
            <translation>Mewnforio fel</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="96" />
            <source>(no heading)</source>
            <translation>(dim pennawd)</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="100" />
            <source>Import column %1 as</source>
            <translation>Mewnforio colofn %1 fel</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="101" />
            <source>(not imported)</source>
            <translation>(heb ei mewnforio)</translation>
        </message>
    </context>
    <context>
        <name>OrganisationsTable</name>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="146" />
            <source>Organisations in the file and what each becomes</source>
            <translation>Y sefydliadau yn y ffeil a beth fydd pob un</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148" />
            <source>In the file</source>
            <translation>Yn y ffeil</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148" />
            <source>Joins</source>
            <translation>Yn ymuno â</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148" />
            <source>Sector if new</source>
            <translation>Sector os yw'n newydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="148" />
            <source>What it becomes</source>
            <translation>Beth fydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="160" />
            <source>(none given) e-mail at %1</source>
            <translation>(dim wedi'i roi) e-bost yn %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="167" />
            <source>What %1 becomes</source>
            <translation>Beth fydd %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="168" />
            <source>A new organisation</source>
            <translation>Sefydliad newydd</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="168" />
            <source>No organisation</source>
            <translation>Dim sefydliad</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="173" />
            <source>Sector of the new organisation %1</source>
            <translation>Sector y sefydliad newydd %1</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/my_csp/import_tables.py" line="174" />
            <source>Choose…</source>
            <translation>Dewiswch…</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <location filename="../../src/csp_desktop/ui/background.py" line="51" />
            <source>Cancel</source>
            <translation>Canslo</translation>
        </message>
        <message>
            <location filename="../../src/csp_desktop/ui/background.py" line="53" />
            <source>Please wait</source>
            <translation>Arhoswch funud</translation>
        </message>
    </context>
</TS>
