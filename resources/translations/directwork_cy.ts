<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="36" />
        <source>About directwork</source>
        <translation>Ynghylch directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="45" />
        <source>The directwork icon</source>
        <translation>Eicon directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="49" />
        <source>Version {version}</source>
        <translation>Fersiwn {version}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="50" />
        <source>version {version}</source>
        <translation>fersiwn {version}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="57" />
        <source>Direct work with children, for youth justice practitioners: their voice, safety plans, reviews, co-review and printed summaries, kept in an encrypted vault on this laptop.</source>
        <translation>Gwaith uniongyrchol gyda phlant, i ymarferwyr cyfiawnder ieuenctid: eu llais, cynlluniau diogelwch, adolygiadau, cyd-adolygu a chrynodebau wedi'u hargraffu, wedi'u cadw mewn storfa wedi'i hamgryptio ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="63" />
        <source>directwork is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty. It is built with other people's free software, each part under its own licence: see the third-party notices.</source>
        <translation>Meddalwedd rydd yw directwork: cewch ei defnyddio, ei rhannu a'i newid o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu (os dewiswch) unrhyw fersiwn diweddarach ({licence}). Nid oes gwarant gyda hi. Mae wedi'i hadeiladu gyda meddalwedd rydd pobl eraill, pob rhan o dan ei thrwydded ei hun: gweler yr hysbysiadau trydydd parti.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="71" />
        <source>The licence and the third-party notices</source>
        <translation>Y drwydded a'r hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="74" />
        <source>Third-party notices</source>
        <translation>Hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="75" />
        <source>The licence ({licence})</source>
        <translation>Y drwydded ({licence})</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="77" />
        <source>Third-party &amp;notices</source>
        <translation>&amp;Hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="78" />
        <source>&amp;Licence</source>
        <translation>&amp;Trwydded</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="82" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="101" />
        <source>{name} was not found in this installation. It belongs with directwork: reinstall directwork to put it back, or read it in directwork's source code.</source>
        <translation>Ni chafwyd hyd i {name} yn y gosodiad hwn. Mae'n perthyn i directwork: gosodwch directwork eto i'w roi yn ôl, neu darllenwch ef yng nghod ffynhonnell directwork.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="157" />
        <source>action</source>
        <translation>cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="160" />
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="160" />
        <source>what will be done</source>
        <translation>beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="161" />
        <source>Owner: who will do it</source>
        <translation>Perchennog: pwy fydd yn ei wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="161" />
        <source>who (owner)</source>
        <translation>pwy (perchennog)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="162" />
        <source>Owner's agency</source>
        <translation>Asiantaeth y perchennog</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="162" />
        <source>agency, or family</source>
        <translation>asiantaeth, neu deulu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="163" />
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="167" />
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="169" />
        <source>Action status</source>
        <translation>Statws y cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="178" />
        <source>Keep this action from the child and carers</source>
        <translation>Cadw'r cam gweithredu hwn rhag y plentyn a'r gofalwyr</translation>
    </message>
</context>
<context>
    <name>AgencyInputRow</name>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="65" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="66" />
        <source>agency</source>
        <translation>asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="67" />
        <source>Person from %1</source>
        <translation>Person o %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="68" />
        <source>who</source>
        <translation>pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="69" />
        <source>Input from %1</source>
        <translation>Cyfraniad gan %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="70" />
        <source>their input to the review</source>
        <translation>eu cyfraniad i'r adolygiad</translation>
    </message>
</context>
<context>
    <name>AgreePlanDialog</name>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="64" />
        <location filename="../../src/directwork/gui/plan/agreement.py" line="65" />
        <location filename="../../src/directwork/gui/plan/agreement.py" line="93" />
        <source>Agree the plan</source>
        <translation>Cytuno ar y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="68" />
        <source>Tick each person who agreed the plan with you. The child, each carer and each agency working with the child should agree it.</source>
        <translation>Ticiwch bob person a gytunodd ar y cynllun gyda chi. Dylai'r plentyn, pob gofalwr a phob asiantaeth sy'n gweithio gyda'r plentyn gytuno arno.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="77" />
        <source>Add &amp;someone</source>
        <translation>Ychwanegu &amp;rhywun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="77" />
        <source>Add someone who agreed</source>
        <translation>Ychwanegu rhywun a gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="81" />
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="86" />
        <source>Why the plan was not agreed</source>
        <translation>Pam na chytunwyd ar y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="92" />
        <source>&amp;Agree the plan</source>
        <translation>&amp;Cytuno ar y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="94" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="116" />
        <source>Not agreed: the reasons are shown in red beside the plan's parts.</source>
        <translation>Heb gytuno: mae'r rhesymau i'w gweld mewn coch wrth ymyl rhannau'r cynllun.</translation>
    </message>
</context>
<context>
    <name>AgreementRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="37" />
        <source>agreed</source>
        <translation>wedi cytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="37" />
        <source>%1 agreed the plan</source>
        <translation>%1 wedi cytuno ar y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="38" />
        <source>Who agreed</source>
        <translation>Pwy a gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="38" />
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="39" />
        <source>%1's role</source>
        <translation>Rôl %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="43" />
        <source>%1's agency</source>
        <translation>Asiantaeth %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/agreement.py" line="43" />
        <source>agency (if any)</source>
        <translation>asiantaeth (os oes un)</translation>
    </message>
</context>
<context>
    <name>AlsoLinkedNotice</name>
    <message>
        <location filename="../../src/directwork/gui/team/notice.py" line="38" />
        <source>Also linked to other children on the team — your manager can see more.</source>
        <translation>Hefyd wedi'i gysylltu â phlant eraill yn y tîm — gall eich rheolwr weld mwy.</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="49" />
        <source>%1 awaiting sign-off</source>
        <translation>%1 yn aros am gymeradwyaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="149" />
        <source>not set</source>
        <translation>heb ei gosod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="151" />
        <source>not yet</source>
        <translation>ddim eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="156" />
        <source>OVERDUE %1</source>
        <translation>YN HWYR %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="157" />
        <source>due %1</source>
        <translation>erbyn %1</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="222" />
        <source>All children</source>
        <translation>Pob plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="223" />
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="224" />
        <source>High or very high</source>
        <translation>Uchel neu uchel iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="225" />
        <source>Open concerns</source>
        <translation>Pryderon agored</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="226" />
        <source>A key moment</source>
        <translation>Eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="32" />
        <source>No children on this laptop yet. Choose Add a child… to start a record, or, to look around first, Load the demo caseload (made-up children). Children on your caseload at the team hub arrive when this laptop syncs (Sync menu).</source>
        <translation>Does dim plant ar y gliniadur hwn eto. Dewiswch Ychwanegu plentyn… i ddechrau cofnod, neu, i edrych o gwmpas yn gyntaf, Llwytho'r llwyth achosion enghreifftiol (plant dychmygol). Bydd y plant yn eich llwyth achosion ar hyb y tîm yn cyrraedd pan fydd y gliniadur hwn yn cysoni (dewislen Cysoni).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="52" />
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="58" />
        <source>Search the caseload</source>
        <translation>Chwilio'r llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="59" />
        <source>name, level or key moment</source>
        <translation>enw, lefel neu eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="65" />
        <source>Sea&amp;rch:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="68" />
        <source>Show only</source>
        <translation>Dangos dim ond</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="75" />
        <source>Sho&amp;w only:</source>
        <translation>&amp;Dangos dim ond:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="78" />
        <source>&amp;Add a child…</source>
        <translation>&amp;Ychwanegu plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="79" />
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="92" />
        <source>Children on my caseload</source>
        <translation>Plant yn fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="112" />
        <source>Load the &amp;demo caseload</source>
        <translation>Llwytho'r llwyth achosion &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="114" />
        <source>Load the demo caseload (made-up children for practice)</source>
        <translation>Llwytho'r llwyth achosion enghreifftiol (plant dychmygol i ymarfer)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="164" />
        <source>1 child</source>
        <translation>1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="164" />
        <source>{total} children</source>
        <translation>{total} o blant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="166" />
        <source>{shown} of 1 child</source>
        <translation>{shown} o 1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="167" />
        <source>{shown} of {total} children</source>
        <translation>{shown} o {total} o blant</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="264" />
        <source>How safe, 0 to 10</source>
        <translation>Pa mor ddiogel, 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="270" />
        <source>Key moments, reviews and concerns</source>
        <translation>Eiliadau allweddol, adolygiadau a phryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="275" />
        <source>Show as &amp;text</source>
        <translation>Dangos fel &amp;testun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="277" />
        <source>Show the charts as text</source>
        <translation>Dangos y siartiau fel testun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="281" />
        <source>The charts as text</source>
        <translation>Y siartiau fel testun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="289" />
        <location filename="../../src/directwork/gui/practice/charts.py" line="295" />
        <source>%1: over time</source>
        <translation>%1: dros amser</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>No 0-10 scores recorded yet.</source>
        <translation>Dim sgoriau 0-10 wedi'u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source> (up by %1)</source>
        <translation> (i fyny %1)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source> (down by %1)</source>
        <translation> (i lawr %1)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source> (no change)</source>
        <translation> (dim newid)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>%1: %2%3.</source>
        <translation>%1: %2%3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>key moment</source>
        <translation>eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>concern</source>
        <translation>pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>Review, %1</source>
        <translation>Adolygiad, %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>%1 (immediate danger)</source>
        <translation>%1 (perygl uniongyrchol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>No key moments, reviews or concerns recorded yet.</source>
        <translation>Dim eiliadau allweddol, adolygiadau na phryderon wedi'u cofnodi eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>Scores, 0 to 10</source>
        <translation>Sgoriau, 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
</context>
<context>
    <name>CheckBeforeGiving</name>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="55" />
        <source>Check before you give it</source>
        <translation>Gwiriwch cyn ei roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="66" />
        <source>Before this copy goes to the child or carers, look at each line below: where a name, place, number or part was taken out or changed, and where a word looks close to a name that must not be shown. Tick each line when it is right, or edit it. Nothing is given until every line is ticked.</source>
        <translation>Cyn i'r copi hwn fynd at y plentyn neu'r gofalwyr, edrychwch ar bob llinell isod: lle cafodd enw, lle, rhif neu ran ei dynnu allan neu ei newid, a lle mae gair yn edrych yn debyg i enw na ddylid ei ddangos. Ticiwch bob llinell pan fydd yn gywir, neu ei golygu. Does dim yn cael ei roi nes bod pob llinell wedi'i thicio.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="76" />
        <source>Lines to check</source>
        <translation>Llinellau i'w gwirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78" />
        <location filename="../../src/directwork/gui/summary/check.py" line="150" />
        <source>Checked</source>
        <translation>Wedi'i wirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78" />
        <source>Copy</source>
        <translation>Copi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78" />
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78" />
        <source>As recorded</source>
        <translation>Fel y'i cofnodwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="79" />
        <source>In this copy</source>
        <translation>Yn y copi hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="79" />
        <source>Why it is listed</source>
        <translation>Pam mae yma</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="102" />
        <source>&amp;Edit this line…</source>
        <translation>&amp;Golygu'r llinell hon…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="103" />
        <source>Edit the words of the chosen line in this copy</source>
        <translation>Golygu geiriau'r llinell a ddewiswyd yn y copi hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="111" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="134" />
        <source>Child's copy</source>
        <translation>Copi'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="135" />
        <source>Carers' copy</source>
        <translation>Copi'r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="153" />
        <source>(left out of this copy)</source>
        <translation>(wedi'i adael allan o'r copi hwn)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="171" />
        <source>Why we are working together</source>
        <translation>Pam rydyn ni'n gweithio gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="172" />
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="173" />
        <source>Worries: who disputes it</source>
        <translation>Pryderon: pwy sy'n anghytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="174" />
        <source>What is going well</source>
        <translation>Beth sy'n mynd yn dda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="175" />
        <source>Safety goals</source>
        <translation>Nodau diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="176" />
        <source>Safety goals: for how long</source>
        <translation>Nodau diogelwch: am ba mor hir</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="177" />
        <source>Who will do what</source>
        <translation>Pwy fydd yn gwneud beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="178" />
        <source>Who will do what: who</source>
        <translation>Pwy fydd yn gwneud beth: pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="179" />
        <source>Who will do what: from</source>
        <translation>Pwy fydd yn gwneud beth: o</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="180" />
        <source>If things go wrong: if</source>
        <translation>Os aiff pethau o chwith: os</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="181" />
        <source>If things go wrong: then</source>
        <translation>Os aiff pethau o chwith: yna</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="182" />
        <source>If things go wrong: call</source>
        <translation>Os aiff pethau o chwith: ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="183" />
        <source>Safe people</source>
        <translation>Pobl saff</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="184" />
        <source>Safe places</source>
        <translation>Lleoedd saff</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="185" />
        <location filename="../../src/directwork/gui/summary/check.py" line="186" />
        <source>Who to call</source>
        <translation>Pwy i'w ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="187" />
        <source>Who to call: number</source>
        <translation>Pwy i'w ffonio: rhif</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="188" />
        <source>In the child's own words</source>
        <translation>Yng ngeiriau'r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="189" />
        <source>Scores out of 10</source>
        <translation>Sgorau allan o 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="190" />
        <source>Who agreed</source>
        <translation>Pwy gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="191" />
        <source>Who agreed (earlier versions)</source>
        <translation>Pwy gytunodd (fersiynau cynharach)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="192" />
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="193" />
        <source>Who said it</source>
        <translation>Pwy ddywedodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="194" />
        <source>0 to 10 question</source>
        <translation>Cwestiwn 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="195" />
        <source>Name of a drawing</source>
        <translation>Enw llun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="196" />
        <source>Co-review: their words</source>
        <translation>Cyd-adolygu: eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="197" />
        <source>Co-review: who answered</source>
        <translation>Cyd-adolygu: pwy atebodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="198" />
        <source>The safety plan</source>
        <translation>Y cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="202" />
        <source>A name was taken out.</source>
        <translation>Tynnwyd enw allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="203" />
        <source>A place was taken out.</source>
        <translation>Tynnwyd lle allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="204" />
        <source>A phone number was taken out.</source>
        <translation>Tynnwyd rhif ffôn allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="205" />
        <source>An email address was taken out.</source>
        <translation>Tynnwyd cyfeiriad e-bost allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="206" />
        <source>Shown by who they are to the child, not by name.</source>
        <translation>Wedi'i ddangos yn ôl pwy ydyn nhw i'r plentyn, nid wrth eu henw.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="207" />
        <source>Left out: it names someone or somewhere withheld.</source>
        <translation>Wedi'i adael allan: mae'n enwi rhywun neu rywle sy'n cael ei gadw'n ôl.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="208" />
        <source>You edited this line.</source>
        <translation>Golygoch chi'r llinell hon.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="211" />
        <source>The plan has two versions, changed on two laptops: settle them first. Until then this copy leaves out every part either version keeps back or holds differently.</source>
        <translation>Mae gan y cynllun ddwy fersiwn, wedi'u newid ar ddau liniadur: setlwch nhw yn gyntaf. Tan hynny, mae'r copi hwn yn gadael allan bob rhan y mae un o'r ddwy fersiwn yn ei chadw'n ôl neu'n ei dal yn wahanol.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="212" />
        <source>Looks close to a withheld name, left as it is: %1</source>
        <translation>Yn edrych yn debyg i enw sy'n cael ei gadw'n ôl, wedi'i adael fel y mae: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="221" />
        <source>%1 leaves out: withheld people: %2 · withheld places: %3 · things said not shared with them: %4 · plan parts you kept back: %5.</source>
        <translation>Mae %1 yn gadael allan: pobl a gadwyd yn ôl: %2 · lleoedd a gadwyd yn ôl: %3 · pethau a ddywedwyd nad ydyn nhw'n cael eu rhannu â nhw: %4 · rhannau o'r cynllun a gadwoch chi'n ôl: %5.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="259" />
        <source>Making the copy again with your change…</source>
        <translation>Wrthi'n gwneud y copi eto gyda'ch newid…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="261" />
        <source>Every line is checked.</source>
        <translation>Mae pob llinell wedi'i gwirio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/check.py" line="262" />
        <source>%n line(s) still to check.</source>
        <translation>
            <numerusform>Llinellau i'w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i'w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i'w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i'w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i'w gwirio o hyd: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="29" />
        <source>House of worries</source>
        <translation>Tŷ'r pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="29" />
        <source>Their name for the house of worries</source>
        <translation>Eu henw am dŷ'r pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="30" />
        <source>House of good things</source>
        <translation>Tŷ'r pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="31" />
        <source>Their name for the house of good things</source>
        <translation>Eu henw am dŷ'r pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="32" />
        <source>House of dreams</source>
        <translation>Tŷ'r breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="32" />
        <source>Their name for the house of dreams</source>
        <translation>Eu henw am dŷ'r breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="33" />
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="34" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="35" />
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="36" />
        <source>Both, Welsh first</source>
        <translation>Y ddwy, Cymraeg yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="71" />
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="72" />
        <source>what they like to be called</source>
        <translation>beth maen nhw'n hoffi cael eu galw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="73" />
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="74" />
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="75" />
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="77" />
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="78" />
        <location filename="../../src/directwork/gui/record/child_form.py" line="94" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="79" />
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="81" />
        <source>Their language for visits, co-review and copies</source>
        <translation>Eu hiaith ar gyfer ymweliadau, cyd-adolygu a chopïau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="90" />
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="91" />
        <source>What helps</source>
        <translation>Beth sy'n helpu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="92" />
        <source>School or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="93" />
        <source>Next visit</source>
        <translation>Ymweliad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="96" />
        <source>About me, in their words</source>
        <translation>Amdanaf i, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="99" />
        <source>About me (their words)</source>
        <translation>Amdanaf i (eu geiriau)</translation>
    </message>
</context>
<context>
    <name>ChildHeader</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="149" />
        <source>Carry on &amp;the visit</source>
        <translation>Parhau â'r &amp;ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="151" />
        <source>Carry on the visit that is still open</source>
        <translation>Parhau â'r ymweliad sydd ar agor o hyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="154" />
        <source>&amp;Start visit</source>
        <translation>&amp;Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="156" />
        <source>Start visit with this child</source>
        <translation>Dechrau ymweliad gyda'r plentyn hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="172" />
        <source>{age} years old</source>
        <translation>{age} oed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="173" />
        <source>age not recorded</source>
        <translation>oedran heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="174" />
        <source>speaks {language}</source>
        <translation>iaith: {language}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="176" />
        <source>language not recorded</source>
        <translation>iaith heb ei chofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="179" />
        <source>none recorded</source>
        <translation>dim wedi'i gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="182" />
        <source>next review {day}</source>
        <translation>adolygiad nesaf {day}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="194" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="200" />
        <source>Safety level: {level}</source>
        <translation>Lefel diogelwch: {level}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="201" />
        <source>(awaiting sign-off)</source>
        <translation>(yn aros i gael ei gymeradwyo)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="205" />
        <source>Safety level: not set</source>
        <translation>Lefel diogelwch: heb ei gosod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="183" />
        <source>(overdue)</source>
        <translation>(yn hwyr)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="98" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="99" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="100" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="101" />
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="102" />
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="103" />
        <source>English and Welsh</source>
        <translation>Saesneg a Chymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="188" />
        <source>Communication needs: {needs}</source>
        <translation>Anghenion cyfathrebu: {needs}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="197" />
        <source>({level} awaiting sign-off)</source>
        <translation>({level} yn aros i gael ei gymeradwyo)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="213" />
        <source>Started {when} {place}</source>
        <translation>Dechreuwyd {when} {place}</translation>
    </message>
</context>
<context>
    <name>ChildPractice</name>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="92" />
        <source>E&amp;dit the plan…</source>
        <translation>&amp;Golygu'r cynllun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="92" />
        <source>Edit the plan: the safety plan</source>
        <translation>Golygu'r cynllun: y cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="94" />
        <source>Plan versions…</source>
        <translation>Fersiynau'r cynllun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="95" />
        <source>Plan versions: every version of the safety plan</source>
        <translation>Fersiynau'r cynllun: pob fersiwn o'r cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="96" />
        <source>Key &amp;moment…</source>
        <translation>Eiliad &amp;allweddol…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="96" />
        <source>Record a key moment</source>
        <translation>Cofnodi eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="97" />
        <source>&amp;Level…</source>
        <translation>&amp;Lefel…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="97" />
        <source>Safety and wellbeing level</source>
        <translation>Lefel diogelwch a llesiant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="98" />
        <source>Revie&amp;w…</source>
        <translation>Adol&amp;ygiad…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="98" />
        <source>Hold a review</source>
        <translation>Cynnal adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="99" />
        <source>Conc&amp;ern…</source>
        <translation>P&amp;ryder…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="99" />
        <source>Raise a concern</source>
        <translation>Codi pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="100" />
        <source>Information sharing…</source>
        <translation>Rhannu gwybodaeth…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="100" />
        <source>Information sharing log</source>
        <translation>Log rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="102" />
        <source>Progress charts…</source>
        <translation>Siartiau cynnydd…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="102" />
        <source>Progress charts: scores and timeline</source>
        <translation>Siartiau cynnydd: sgorau a llinell amser</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="142" />
        <source>directwork</source>
        <translation>directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="144" />
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="193" />
        <location filename="../../src/directwork/gui/practice/hooks.py" line="194" />
        <source>Progress over time</source>
        <translation>Cynnydd dros amser</translation>
    </message>
</context>
<context>
    <name>ChildRecordPage</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="117" />
        <source>none yet (up to %1 can be kept).</source>
        <translation>dim eto (gellir cadw hyd at %1).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="120" />
        <source>%1 min %2 s</source>
        <translation>%1 mun %2 e</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="121" />
        <source>%1 s</source>
        <translation>%1 e</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="122" />
        <source>%1, %2, %3 of %4.</source>
        <translation>%1, %2, %3 o %4.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="123" />
        <source>%n recording(s)</source>
        <translation>%n recordiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="237" />
        <source>Parts of the child's record</source>
        <translation>Rhannau o gofnod y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="279" />
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="280" />
        <source>Save changes to About me (Ctrl+S)</source>
        <translation>Cadw newidiadau i Amdanaf i (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="288" />
        <source>&amp;About me</source>
        <translation>&amp;Amdanaf i</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="298" />
        <source>not word for word</source>
        <translation>nid gair am air</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="313" />
        <source>Double-click an entry to change who may see it.</source>
        <translation>Cliciwch ddwywaith ar gofnod i newid pwy gaiff ei weld.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="316" />
        <source>Who may see it…</source>
        <translation>Pwy gaiff ei weld…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="317" />
        <source>Change who may see the chosen entry</source>
        <translation>Newid pwy gaiff weld y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="321" />
        <source>Type what was said…</source>
        <translation>Teipio'r hyn a ddywedwyd…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="322" />
        <source>Type what was said: play the chosen recording and type the words beside it</source>
        <translation>Teipio'r hyn a ddywedwyd: chwarae'r recordiad a ddewiswyd a theipio'r geiriau wrth ei ymyl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="337" />
        <source>V&amp;oice</source>
        <translation>&amp;Llais</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="339" />
        <source>Safety plan, read only</source>
        <translation>Cynllun diogelwch, darllen yn unig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="344" />
        <source>Safety &amp;plan</source>
        <translation>&amp;Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="351" />
        <source>(restricted)</source>
        <translation>(cyfyngedig)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="355" />
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="356" />
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="357" />
        <source>leads the relationship</source>
        <translation>yn arwain y berthynas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="369" />
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="371" />
        <source>Add someone…</source>
        <translation>Ychwanegu rhywun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="372" />
        <source>Add someone to the child's network</source>
        <translation>Ychwanegu rhywun at rwydwaith y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="378" />
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="386" />
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="393" />
        <source>change first</source>
        <translation>newid yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="394" />
        <source>RESTRICTED: never shown to the child or carers</source>
        <translation>CYFYNGEDIG: byth yn cael ei ddangos i'r plentyn na'r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="395" />
        <source>usual</source>
        <translation>arferol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="404" />
        <source>Add a place or gro&amp;up…</source>
        <translation>Ychwanegu lle neu &amp;grŵp…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="405" />
        <source>Add a place, peer group, online space or school</source>
        <translation>Ychwanegu lle, grŵp cyfoedion, lle ar-lein neu ysgol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="411" />
        <source>Conte&amp;xts</source>
        <translation>C&amp;yd-destunau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="421" />
        <source>&amp;Key moments</source>
        <translation>&amp;Eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="431" />
        <source>&amp;Reviews</source>
        <translation>Ad&amp;olygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="441" />
        <source>&amp;Concerns</source>
        <translation>&amp;Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="446" />
        <source>still open</source>
        <translation>dal ar agor</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="452" />
        <source>V&amp;isits</source>
        <translation>Ymwel&amp;iadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="454" />
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="503" />
        <source>Their words are kept beside the recording; the earlier version stays in the history.</source>
        <translation>Mae eu geiriau wedi'u cadw wrth ymyl y recordiad; mae'r fersiwn gynharach yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="508" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="539" />
        <source>Not changed: %1</source>
        <translation>Heb newid: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="533" />
        <source>Changed; the earlier version stays in the history.</source>
        <translation>Wedi newid; mae'r fersiwn gynharach yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="588" />
        <source>Recordings of their voice: %1</source>
        <translation>Recordiadau o’u llais: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="648" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="664" />
        <source>Not saved: %1</source>
        <translation>Heb gadw: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="654" />
        <source>Not saved yet: see the messages beside the fields.</source>
        <translation>Heb gadw eto: gweler y negeseuon wrth ymyl y meysydd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="656" />
        <source>Saving…</source>
        <translation>Wrthi’n cadw…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="661" />
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
</context>
<context>
    <name>CoReviewStartDialog</name>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="80" />
        <source>Co-review with the child</source>
        <translation>Cyd-adolygu gyda'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="82" />
        <source>The child sees only what they may see of the plan. Leaving co-review needs your passphrase or your co-review PIN.</source>
        <translation>Dim ond y rhannau o'r cynllun y caiff y plentyn eu gweld sy'n cael eu dangos. I adael cyd-adolygu mae angen eich cyfrinymadrodd neu eich PIN cyd-adolygu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="87" />
        <source>Screen to show co-review on</source>
        <translation>Y sgrin i ddangos cyd-adolygu arni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="90" />
        <source>Scr&amp;een:</source>
        <translation>S&amp;grin:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="91" />
        <source>&amp;Full screen</source>
        <translation>Sgrin &amp;lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="91" />
        <source>Full screen</source>
        <translation>Sgrin lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="94" />
        <source>New co-review PIN (optional)</source>
        <translation>PIN cyd-adolygu newydd (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="96" />
        <source>Change the PIN</source>
        <translation>Newid y PIN</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="97" />
        <source>At least 4 digits (optional)</source>
        <translation>O leiaf 4 digid (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="98" />
        <source>Co-review &amp;PIN:</source>
        <translation>&amp;PIN cyd-adolygu:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="104" />
        <source>&amp;Start co-review</source>
        <translation>&amp;Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="106" />
        <source>Start co-review</source>
        <translation>Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="107" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="82" />
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="83" />
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="84" />
        <source>Built on</source>
        <translation>Wedi'i seilio ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="85" />
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="87" />
        <source>Who agreed</source>
        <translation>Pwy gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="213" />
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="418" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="291" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="414" />
        <location filename="../../src/directwork/gui/record/history.py" line="76" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="214" />
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="215" />
        <source>To whom</source>
        <translation>At bwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="216" />
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="225" />
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="226" />
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="227" />
        <source>Acknowledgement due</source>
        <translation>Cydnabyddiaeth erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="228" />
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="229" />
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="341" />
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="342" />
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="343" />
        <source>Reasoning</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="344" />
        <source>Signed off</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="419" />
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="420" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="413" />
        <location filename="../../src/directwork/gui/record/history.py" line="78" />
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="421" />
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="422" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="424" />
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="423" />
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="31" />
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="32" />
        <source>Safety level</source>
        <translation>Lefel diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="32" />
        <source>Last seen</source>
        <translation>Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="33" />
        <source>Next visit</source>
        <translation>Ymweliad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="33" />
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="34" />
        <source>Open concerns</source>
        <translation>Pryderon agored</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="35" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="87" />
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="35" />
        <source>Latest key moment</source>
        <translation>Eiliad allweddol ddiweddaraf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="292" />
        <location filename="../../src/directwork/gui/record/history.py" line="77" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="293" />
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="294" />
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="298" />
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="299" />
        <source>May be seen by</source>
        <translation>Gall y rhain ei weld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="31" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="351" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="390" />
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="352" />
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="353" />
        <source>Child's view</source>
        <translation>Barn y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="355" />
        <source>Worker's view</source>
        <translation>Barn y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="356" />
        <source>Trusted adult</source>
        <translation>Oedolyn dibynadwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="357" />
        <source>Leads</source>
        <translation>Yn arwain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="361" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="362" />
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="363" />
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="364" />
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="389" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="391" />
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="392" />
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="393" />
        <source>Change first</source>
        <translation>Newid yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="394" />
        <source>Visibility</source>
        <translation>Pwy sy'n gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="415" />
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="416" />
        <source>Response needed</source>
        <translation>Ymateb sydd ei angen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="63" />
        <location filename="../../src/directwork/gui/record/child_record.py" line="417" />
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="63" />
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="64" />
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="64" />
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="423" />
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="425" />
        <source>New level</source>
        <translation>Lefel newydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="426" />
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="427" />
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="433" />
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="434" />
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="435" />
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="436" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="437" />
        <source>Response due</source>
        <translation>Ymateb erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="443" />
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="444" />
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="445" />
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="446" />
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="447" />
        <source>Follow-ups</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="79" />
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="80" />
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
</context>
<context>
    <name>CompareWords</name>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="27" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="27" />
        <source>Why we are working together</source>
        <translation>Pam rydyn ni'n gweithio gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="28" />
        <source>In my words (the child's own section)</source>
        <translation>Yn fy ngeiriau i (adran y plentyn ei hun)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="29" />
        <source>Practitioner-only notes (not shown to the child)</source>
        <translation>Nodiadau i'r ymarferydd yn unig (heb eu dangos i'r plentyn)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="30" />
        <source>What is working well</source>
        <translation>Beth sy'n gweithio'n dda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="30" />
        <source>How safe, 0 to 10</source>
        <translation>Pa mor ddiogel, 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="31" />
        <source>If things go wrong</source>
        <translation>Os aiff pethau o chwith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="31" />
        <source>Safe people</source>
        <translation>Pobl ddiogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="32" />
        <source>Safe places</source>
        <translation>Lleoedd diogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="32" />
        <source>Helplines</source>
        <translation>Llinellau cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="33" />
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="168" />
        <source>Concern and escalation</source>
        <translation>Pryder ac uwchgyfeirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="172" />
        <source>C&amp;lose the concern</source>
        <translation>&amp;Cau’r pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="173" />
        <location filename="../../src/directwork/gui/practice/concerns.py" line="253" />
        <source>Close the concern</source>
        <translation>Cau'r pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="174" />
        <location filename="../../src/directwork/gui/practice/concerns.py" line="175" />
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="186" />
        <source>What to do now</source>
        <translation>Beth i'w wneud nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="191" />
        <source>Escalation ladder</source>
        <translation>Ysgol uwchgyfeirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="193" />
        <source>Escalation ladder, current step marked</source>
        <translation>Ysgol uwchgyfeirio, y cam presennol wedi'i farcio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="198" />
        <source>Escalate to whom (name)</source>
        <translation>Uwchgyfeirio at bwy (enw)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="199" />
        <source>name of the person (optional)</source>
        <translation>enw'r person (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="200" />
        <source>&amp;Escalate to the next step</source>
        <translation>&amp;Uwchgyfeirio i’r cam nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="201" />
        <source>Escalate to the next step</source>
        <translation>Uwchgyfeirio i'r cam nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="203" />
        <source>The answer at this step</source>
        <translation>Yr ateb ar y cam hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="204" />
        <source>what they answered</source>
        <translation>beth oedd eu hateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="205" />
        <source>Record the &amp;answer</source>
        <translation>Cofnodi'r &amp;ateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="206" />
        <source>Record the answer at this step</source>
        <translation>Cofnodi'r ateb ar y cam hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="222" />
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="235" />
        <source>Refer to</source>
        <translation>Atgyfeirio at</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="239" />
        <source>Make a &amp;referral</source>
        <translation>Gwneud &amp;atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="239" />
        <source>Make a referral</source>
        <translation>Gwneud atgyfeiriad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="241" />
        <source>Acknowledgement reference</source>
        <translation>Cyfeirnod y gydnabyddiaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="242" />
        <source>their reference</source>
        <translation>eu cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="243" />
        <source>Ac&amp;knowledged</source>
        <translation>Wedi’i &amp;gydnabod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="244" />
        <source>Record the chosen referral as acknowledged</source>
        <translation>Cofnodi bod yr atgyfeiriad a ddewiswyd wedi'i gydnabod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="250" />
        <source>Why it was not recorded</source>
        <translation>Pam na chafodd ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="255" />
        <source>Outcome of the concern</source>
        <translation>Canlyniad y pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="256" />
        <source>&amp;Outcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="258" />
        <source>Child told</source>
        <translation>Dywedwyd wrth y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="260" />
        <source>Carers told</source>
        <translation>Dywedwyd wrth y gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="270" />
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="270" />
        <source>%1: yes</source>
        <translation>%1: do</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="271" />
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="300" />
        <source>%1 (%2, raised %3)</source>
        <translation>%1 (%2, codwyd %3)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="306" />
        <source>Closed: %1</source>
        <translation>Wedi cau: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="311" />
        <source>%1%2. %3 (%4), answers within %5</source>
        <translation>%1%2. %3 (%4), yn ateb o fewn %5</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="318" />
        <source>← next</source>
        <translation>← nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="373" />
        <source>Choose the referral that was acknowledged.</source>
        <translation>Dewiswch yr atgyfeiriad a gafodd ei gydnabod.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>yn aros</translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED: follow up and escalate</source>
        <translation>HEB EI GYDNABOD: dilynwch ef ac uwchgyfeiriwch</translation>
    </message>
</context>
<context>
    <name>ConcernsWords</name>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="65" />
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="65" />
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="65" />
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="66" />
        <source>Immediate danger</source>
        <translation>Perygl uniongyrchol</translation>
    </message>
</context>
<context>
    <name>ConflictsWords</name>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="58" />
        <source>Child's profile</source>
        <translation>Proffil y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="58" />
        <source>Person in the network</source>
        <translation>Person yn y rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="59" />
        <source>Agency involved</source>
        <translation>Asiantaeth sy’n ymwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="59" />
        <source>Place or group</source>
        <translation>Lle neu grŵp</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="60" />
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="60" />
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="60" />
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="61" />
        <source>Referral</source>
        <translation>Atgyfeiriad</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="437" />
        <location filename="../../src/directwork/gui/sync/panel.py" line="438" />
        <source>Connect to team hub</source>
        <translation>Cysylltu â hyb y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="441" />
        <source>Ask whoever runs your team's hub for its address and a one-time enrolment code. Your records stay on this laptop either way.</source>
        <translation>Gofynnwch i bwy bynnag sy'n rhedeg hyb eich tîm am ei gyfeiriad a chod cofrestru untro. Mae eich cofnodion yn aros ar y gliniadur hwn y naill ffordd neu'r llall.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="446" />
        <source>Hub address</source>
        <translation>Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="446" />
        <source>For example https://hub.example.org</source>
        <translation>Er enghraifft https://hub.example.org</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="448" />
        <source>One-time enrolment code</source>
        <translation>Cod cofrestru untro</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="449" />
        <source>Certificate authority file (optional)</source>
        <translation>Ffeil yr awdurdod tystysgrifau (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="450" />
        <source>Only if the hub uses its own certificate authority</source>
        <translation>Dim ond os yw'r hyb yn defnyddio ei awdurdod tystysgrifau ei hun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="451" />
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="451" />
        <source>Choose the certificate authority file</source>
        <translation>Dewis ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="456" />
        <source>Hub &amp;address</source>
        <translation>&amp;Cyfeiriad yr hyb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="457" />
        <source>Enrolment &amp;code</source>
        <translation>C&amp;od cofrestru</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="458" />
        <source>Certificate au&amp;thority</source>
        <translation>A&amp;wdurdod tystysgrifau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="462" />
        <source>Why the laptop was not connected</source>
        <translation>Pam na chafodd y gliniadur ei gysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="467" />
        <location filename="../../src/directwork/gui/sync/panel.py" line="511" />
        <source>C&amp;onnect</source>
        <translation>C&amp;ysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="468" />
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="469" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="475" />
        <source>Certificate authority file</source>
        <translation>Ffeil yr awdurdod tystysgrifau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="476" />
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Tystysgrifau (*.pem *.crt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="501" />
        <source>Connecting…</source>
        <translation>Wrthi’n cysylltu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="512" />
        <source>Not connected: %1</source>
        <translation>Heb gysylltu: %1</translation>
    </message>
</context>
<context>
    <name>ContextDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="35" />
        <source>Add a place, group or space in %1's life</source>
        <translation>Ychwanegu lle, grŵp neu ofod ym mywyd %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="40" />
        <source>What kind of context</source>
        <translation>Pa fath o gyd-destun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="43" />
        <source>Its name</source>
        <translation>Ei enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="44" />
        <source>e.g. the park by the flats, the group chat</source>
        <translation>e.e. y parc wrth y fflatiau, y sgwrs grŵp</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="46" />
        <source>What worries us there</source>
        <translation>Beth sy'n ein poeni yno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="47" />
        <source>What is good or safe there</source>
        <translation>Beth sy'n dda neu'n ddiogel yno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="51" />
        <source>&amp;Kind</source>
        <translation>&amp;Math</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="52" />
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="54" />
        <source>&amp;Concerns</source>
        <translation>&amp;Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="55" />
        <source>&amp;Strengths</source>
        <translation>&amp;Cryfderau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="59" />
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="60" />
        <source>This context must change first</source>
        <translation>Rhaid i'r cyd-destun hwn newid yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="61" />
        <source>Restricted: never shown to the child or carers</source>
        <translation>Cyfyngedig: byth yn cael ei ddangos i'r plentyn na'r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="62" />
        <source>Restricted</source>
        <translation>Cyfyngedig</translation>
    </message>
</context>
<context>
    <name>ContextDialogWords</name>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="25" />
        <source>A place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="25" />
        <source>A peer group</source>
        <translation>Grŵp cyfoedion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="26" />
        <source>An online space</source>
        <translation>Gofod ar-lein</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/context_dialog.py" line="26" />
        <source>A school or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
</context>
<context>
    <name>ContingencyRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="198" />
        <source>contingency</source>
        <translation>cynllun wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="200" />
        <source>If</source>
        <translation>Os</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="201" />
        <source>If this happens</source>
        <translation>Os bydd hyn yn digwydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="201" />
        <source>this happens</source>
        <translation>bydd hyn yn digwydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="203" />
        <source>then</source>
        <translation>yna</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="204" />
        <source>Then do this</source>
        <translation>Yna gwneud hyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="204" />
        <source>do this</source>
        <translation>gwneud hyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="206" />
        <source>call</source>
        <translation>ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="207" />
        <source>Who to call</source>
        <translation>Pwy i’w ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="207" />
        <source>who, and their number</source>
        <translation>pwy, a’u rhif</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="209" />
        <source>Keep this contingency from the child and carers</source>
        <translation>Cadw'r cynllun wrth gefn hwn rhag y plentyn a'r gofalwyr</translation>
    </message>
</context>
<context>
    <name>DangerSteps</name>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="67" />
        <source>Immediate danger: CALL 999 NOW</source>
        <translation>Perygl uniongyrchol: FFONIWCH 999 NAWR</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="95" />
        <source>Immediate danger: the steps and numbers</source>
        <translation>Perygl uniongyrchol: y camau a'r rhifau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="97" />
        <source>Immediate danger: call 999 now</source>
        <translation>Perygl uniongyrchol: ffoniwch 999 nawr</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="67" />
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="292" />
        <source>Act now</source>
        <translation>Gweithredu nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="68" />
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="69" />
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="70" />
        <source>Key-moment responses</source>
        <translation>Ymatebion i eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="71" />
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="72" />
        <source>Safety plans</source>
        <translation>Cynlluniau diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="73" />
        <source>Not seen</source>
        <translation>Heb eu gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="74" />
        <source>Worker changed</source>
        <translation>Newid gweithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="177" />
        <source>no deadline</source>
        <translation>dim dyddiad cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="179" />
        <source>Overdue: {due}</source>
        <translation>Yn hwyr: {due}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="210" />
        <source>{label} ({count}, {overdue} overdue)</source>
        <translation>{label} ({count}, {overdue} yn hwyr)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="267" />
        <source>Practice check</source>
        <translation>Gwiriad ymarfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="272" />
        <source>Whose children:</source>
        <translation>Plant pwy:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="275" />
        <source>Whose children to check</source>
        <translation>Plant pwy i'w gwirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="279" />
        <source>&amp;Check now</source>
        <translation>&amp;Gwirio nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="280" />
        <source>Check now</source>
        <translation>Gwirio nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="294" />
        <source>&amp;Record who you told…</source>
        <translation>&amp;Cofnodi wrth bwy y dywedoch chi…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="295" />
        <source>Record who you told, or open the concern</source>
        <translation>Cofnodi wrth bwy y dywedoch chi, neu agor y pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="301" />
        <source>Practice check summary</source>
        <translation>Crynodeb y gwiriad ymarfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="305" />
        <source>Things that need doing, by kind</source>
        <translation>Pethau sydd angen eu gwneud, yn ôl math</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="306" />
        <source>Double-click or press Enter to open the child's record.</source>
        <translation>Cliciwch ddwywaith neu pwyswch Enter i agor cofnod y plentyn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="324" />
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="441" />
        <source>Choose an item to see it in full.</source>
        <translation>Dewiswch eitem i'w gweld yn llawn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="326" />
        <source>The chosen item in full</source>
        <translation>Yr eitem a ddewiswyd yn llawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="329" />
        <source>&amp;Open the child's record</source>
        <translation>&amp;Agor cofnod y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="330" />
        <source>Open the chosen child's record</source>
        <translation>Agor cofnod y plentyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="354" />
        <source>My children</source>
        <translation>Fy mhlant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="357" />
        <source>Team: {team}</source>
        <translation>Tîm: {team}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="358" />
        <source>Team {team}</source>
        <translation>Tîm {team}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="359" />
        <source>Everyone on this laptop</source>
        <translation>Pawb ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="408" />
        <source>1 thing to do</source>
        <translation>1 peth i'w wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="409" />
        <source>{count} things to do</source>
        <translation>{count} o bethau i'w gwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="410" />
        <source>for 1 child</source>
        <translation>ar gyfer 1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="411" />
        <source>for {count} children</source>
        <translation>ar gyfer {count} o blant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="412" />
        <source>{things}, {overdue} overdue ({scope}, checked {when}).</source>
        <translation>{things}, {overdue} yn hwyr ({scope}, gwiriwyd {when}).</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Dim dyddiad cau</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Yn hwyr ers %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Erbyn %1</translation>
    </message>
    <message>
        <source>&amp;Open the concern…</source>
        <translation>Agor y &amp;pryder…</translation>
    </message>
</context>
<context>
    <name>DialogsWords</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="164" />
        <source>Told the designated safeguarding lead or a &amp;manager</source>
        <translation>Wedi dweud wrth y person diogelu dynodedig neu &amp;reolwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="165" />
        <source>Told &amp;children's social care</source>
        <translation>Wedi dweud wrth wasanaethau cymdeithasol &amp;plant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="166" />
        <source>Told the &amp;police</source>
        <translation>Wedi dweud wrth yr &amp;heddlu</translation>
    </message>
</context>
<context>
    <name>DirectworkApp</name>
    <message>
        <location filename="../../src/directwork/gui/shell/app.py" line="255" />
        <source>The records are damaged</source>
        <translation>Mae'r cofnodion wedi'u difrodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/app.py" line="162" />
        <source>Unlock directwork</source>
        <translation>Datgloi directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/app.py" line="326" />
        <source>directwork</source>
        <translation>directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/app.py" line="328" />
        <source>Something went wrong</source>
        <translation>Aeth rhywbeth o'i le</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/app.py" line="405" />
        <source>Locked</source>
        <translation>Wedi cloi</translation>
    </message>
</context>
<context>
    <name>DivergedBanner</name>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="207" />
        <source>Changed on two laptops</source>
        <translation>Wedi newid ar ddau liniadur</translation>
    </message>
</context>
<context>
    <name>DrawingPad</name>
    <message>
        <location filename="../../src/directwork/gui/visit/drawing_pad.py" line="32" />
        <source>Drawing pad</source>
        <translation>Pad lluniadu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/drawing_pad.py" line="32" />
        <source>Draw with a pen, the mouse or a finger</source>
        <translation>Tynnwch lun gyda phen, y llygoden neu fys</translation>
    </message>
</context>
<context>
    <name>Ecomap</name>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="19" />
        <source>trusted</source>
        <translation>yn ymddiried</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="21" />
        <source>not sure</source>
        <translation>ddim yn siŵr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="23" />
        <source>worried about</source>
        <translation>yn poeni amdanynt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="24" />
        <source>not asked yet</source>
        <translation>heb ofyn eto</translation>
    </message>
</context>
<context>
    <name>EcomapView</name>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="138" />
        <source>Ecomap: the child and the people around them</source>
        <translation>Ecomap: y plentyn a'r bobl o'u cwmpas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/ecomap.py" line="139" />
        <source>Lines: solid green trusted, dashed amber not sure, dotted red worried about</source>
        <translation>Llinellau: gwyrdd solet yn ymddiried, ambr toredig ddim yn siŵr, coch dotiog yn poeni amdanynt</translation>
    </message>
</context>
<context>
    <name>EditorWords</name>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="74" />
        <source>Draft: not agreed yet</source>
        <translation>Drafft: heb gytuno eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="74" />
        <source>Agreed</source>
        <translation>Wedi cytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="75" />
        <source>Superseded by a later agreed plan</source>
        <translation>Wedi'i ddisodli gan gynllun diweddarach y cytunwyd arno</translation>
    </message>
</context>
<context>
    <name>EndVisitDialog</name>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="69" />
        <source>End the visit with %1</source>
        <translation>Gorffen yr ymweliad gyda %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="73" />
        <source>Summary of what was captured</source>
        <translation>Crynodeb o'r hyn a gofnodwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="75" />
        <source>&amp;Follow-ups to do (one a line)</source>
        <translation>&amp;Camau dilynol i’w gwneud (un ar bob llinell)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="78" />
        <source>Follow-ups to do, one a line</source>
        <translation>Camau dilynol i'w gwneud, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="79" />
        <source>e.g. Ask school about the lunchtime worry</source>
        <translation>e.e. Holi'r ysgol am y pryder amser cinio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="87" />
        <source>End the visit or go back to it</source>
        <translation>Gorffen yr ymweliad neu fynd yn ôl ato</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="88" />
        <source>&amp;End visit</source>
        <translation>&amp;Gorffen yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="89" />
        <source>End visit</source>
        <translation>Gorffen yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="90" />
        <location filename="../../src/directwork/gui/visit/end.py" line="123" />
        <source>&amp;Back to the visit</source>
        <translation>&amp;Yn ôl i’r ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="92" />
        <location filename="../../src/directwork/gui/visit/end.py" line="125" />
        <source>Back to the visit</source>
        <translation>Yn ôl i'r ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="119" />
        <source>Nothing recorded</source>
        <translation>Dim wedi'i gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="120" />
        <source>Nothing has been recorded in this visit. End it anyway?</source>
        <translation>Does dim wedi'i gofnodi yn yr ymweliad hwn. Ei orffen beth bynnag?</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="122" />
        <source>&amp;End the visit anyway</source>
        <translation>&amp;Gorffen yr ymweliad beth bynnag</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="124" />
        <source>End the visit with nothing recorded</source>
        <translation>Gorffen yr ymweliad heb gofnodi dim</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="153" />
        <source>The visit was not ended: %1</source>
        <translation>Ni chafodd yr ymweliad ei orffen: %1</translation>
    </message>
</context>
<context>
    <name>EndWords</name>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="31" />
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="31" />
        <source>Good things</source>
        <translation>Pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="31" />
        <source>Dreams</source>
        <translation>Breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="32" />
        <source>Feelings</source>
        <translation>Teimladau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="32" />
        <source>What they want to happen</source>
        <translation>Beth maen nhw eisiau iddo ddigwydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="33" />
        <source>Safety scale</source>
        <translation>Graddfa diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/end.py" line="33" />
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>EntryCorrectionDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="46" />
        <source>Put this right</source>
        <translation>Cywiro hyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="49" />
        <source>The first version is kept in the record's history.</source>
        <translation>Mae'r fersiwn gyntaf yn cael ei chadw yn hanes y cofnod.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="52" />
        <source>The words, corrected</source>
        <translation>Y geiriau, wedi'u cywiro</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="54" />
        <source>The words, put right:</source>
        <translation>Y geiriau, wedi'u cywiro:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="66" />
        <source>Keep the change, take it back, or cancel</source>
        <translation>Cadw'r newid, ei dynnu'n ôl, neu ganslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="67" />
        <source>&amp;Keep the change</source>
        <translation>&amp;Cadw’r newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="69" />
        <source>Keep the change</source>
        <translation>Cadw'r newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="71" />
        <source>&amp;Take it back</source>
        <translation>&amp;Tynnu’n ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="71" />
        <source>Take it back</source>
        <translation>Tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="73" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="83" />
        <source>Type the words, or choose Take it back.</source>
        <translation>Teipiwch y geiriau, neu dewiswch Tynnu'n ôl.</translation>
    </message>
</context>
<context>
    <name>EntryOptions</name>
    <message>
        <location filename="../../src/directwork/gui/visit/widgets.py" line="105" />
        <source>Their exact words</source>
        <translation>Eu union eiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/widgets.py" line="112" />
        <source>How:</source>
        <translation>Sut:</translation>
    </message>
</context>
<context>
    <name>FieldChoice</name>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="123" />
        <source>&lt;b&gt;Version %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Fersiwn %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="126" />
        <source>%1, version %2</source>
        <translation>%1, fersiwn %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="128" />
        <source>Which to keep: %1</source>
        <translation>Pa un i'w gadw: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="129" />
        <source>Keep version A's</source>
        <translation>Cadw fersiwn A</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="130" />
        <source>Keep version B's</source>
        <translation>Cadw fersiwn B</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="142" />
        <source>Kept words: %1</source>
        <translation>Geiriau a gadwyd: %1</translation>
    </message>
</context>
<context>
    <name>FieldMergeDialog</name>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="178" />
        <source>Merge the two versions: %1</source>
        <translation>Cyfuno'r ddwy fersiwn: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="179" />
        <source>Merge the two versions of the %1</source>
        <translation>Cyfuno dwy fersiwn y %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="184" />
        <source>%1 “%2” was changed on two laptops. Version A was saved %3, version B %4. They differ in %n part(s): for each, choose which to keep, or put the words right.</source>
        <translation>Cafodd %1 “%2” ei newid ar ddau liniadur. Cadwyd fersiwn A %3, fersiwn B %4. Maen nhw'n wahanol mewn %n rhan: ar gyfer pob un, dewiswch pa un i'w chadw, neu cywirwch y geiriau.</translation>
    </message>
</context>
<context>
    <name>HelplineRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="255" />
        <source>Helpline name</source>
        <translation>Enw'r llinell gymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="253" />
        <location filename="../../src/directwork/gui/plan/sections.py" line="255" />
        <source>helpline</source>
        <translation>llinell gymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="256" />
        <source>Helpline number</source>
        <translation>Rhif y llinell gymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="256" />
        <source>number</source>
        <translation>rhif</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="55" />
        <source>Kind of record:</source>
        <translation>Math o gofnod:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="56" />
        <source>Who:</source>
        <translation>Pwy:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="65" />
        <source>Save as a spreadsheet…</source>
        <translation>Cadw fel taenlen…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="66" />
        <source>Save as a spreadsheet (CSV): the history as shown</source>
        <translation>Cadw fel taenlen (CSV): yr hanes fel y mae'n cael ei ddangos</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="142" />
        <source>Save the history</source>
        <translation>Cadw'r hanes</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="143" />
        <source>Spreadsheet (*.csv)</source>
        <translation>Taenlen (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="152" />
        <source>Saved to %1. It is not encrypted: delete it when done with it.</source>
        <translation>Wedi cadw yn %1. Nid yw wedi'i hamgryptio: dilëwch hi pan fyddwch wedi gorffen gyda hi.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="153" />
        <source>Not saved: %1</source>
        <translation>Heb gadw: %1</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="76" />
        <source>Lock when not in use</source>
        <translation>Cloi pan nad yw'n cael ei ddefnyddio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="80" />
        <source>Lock after this many &amp;minutes without use:</source>
        <translation>Cloi ar ôl y nifer hwn o &amp;funudau heb ddefnydd:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="84" />
        <source> min</source>
        <translation> mun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="85" />
        <source>Minutes without use before locking</source>
        <translation>Munudau heb ddefnydd cyn cloi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="90" />
        <source>Shorter is safer when you work in other people's homes.</source>
        <translation>Mae byrrach yn fwy diogel pan fyddwch yn gweithio yng nghartrefi pobl eraill.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/lock.py" line="95" />
        <source>Keep or cancel</source>
        <translation>Cadw neu ganslo</translation>
    </message>
</context>
<context>
    <name>InformationSharingDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="413" />
        <source>Information-sharing log</source>
        <translation>Cofnod rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="426" />
        <source>New entry</source>
        <translation>Cofnod newydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="428" />
        <source>&amp;Shared</source>
        <translation>&amp;Rhannwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="428" />
        <source>Information was shared</source>
        <translation>Rhannwyd gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="429" />
        <source>&amp;Decided not to share</source>
        <translation>&amp;Penderfynwyd peidio â rhannu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="430" />
        <source>Decided not to share the information</source>
        <translation>Penderfynwyd peidio â rhannu'r wybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="439" />
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="440" />
        <source>What information</source>
        <translation>Pa wybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="441" />
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="442" />
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="443" />
        <source>With wh&amp;om</source>
        <translation>Gyda ph&amp;wy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="444" />
        <source>Why it was shared, or the reason not to share</source>
        <translation>Pam y cafodd ei rannu, neu'r rheswm dros beidio â rhannu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="445" />
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="468" />
        <source>W&amp;hy</source>
        <translation>P&amp;am</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="448" />
        <source>On what basis</source>
        <translation>Ar ba sail</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="449" />
        <source>for example consent, or to safeguard the child</source>
        <translation>er enghraifft cydsyniad, neu i ddiogelu'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="450" />
        <source>On what &amp;basis</source>
        <translation>Ar ba &amp;sail</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="454" />
        <source>Wh&amp;en</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="469" />
        <source>&amp;Reason not to share</source>
        <translation>&amp;Rheswm dros beidio â rhannu</translation>
    </message>
</context>
<context>
    <name>Interface</name>
    <message>
        <location filename="../../src/directwork/gui/shell/translation.py" line="93" />
        <location filename="../../src/directwork/gui/shell/translation.py" line="103" />
        <source>&amp;Welsh interface (Cymraeg)</source>
        <translation>Rhyngwyneb &amp;Cymraeg (Welsh interface)</translation>
    </message>
</context>
<context>
    <name>KeyMomentDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="79" />
        <source>Record a key moment</source>
        <translation>Cofnodi eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="83" />
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="87" />
        <source>&amp;What happened</source>
        <translation>&amp;Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="89" />
        <source>W&amp;hen</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="90" />
        <source>The child is &amp;back</source>
        <translation>Mae'r plentyn &amp;yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="90" />
        <source>The child is back</source>
        <translation>Mae'r plentyn yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="91" />
        <source>A missing child's return interview clock starts at the return.</source>
        <translation>Mae cloc cyfweliad dychwelyd plentyn coll yn dechrau pan fydd yn dychwelyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="96" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="99" />
        <source>Details of the key moment</source>
        <translation>Manylion yr eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="100" />
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="105" />
        <source>The response this needs</source>
        <translation>Yr ymateb sydd ei angen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="129" />
        <source>This needs: %1. Its clock starts when the child is back: record the return then.</source>
        <translation>Mae angen: %1. Mae ei gloc yn dechrau pan fydd y plentyn yn ôl: cofnodwch y dychwelyd bryd hynny.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="131" />
        <source>This needs, now: %1. It stays at the top of the practice check until you record who you told and when. In immediate danger, call 999.</source>
        <translation>Mae angen, nawr: %1. Mae'n aros ar frig y gwiriad ymarfer nes i chi gofnodi wrth bwy y dywedoch chi a phryd. Mewn perygl uniongyrchol, ffoniwch 999.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="133" />
        <source>This needs: %1, by %2. Offering it is not enough: it stays on the practice check until it is held, or declined with the child's reason.</source>
        <translation>Mae angen: %1, erbyn %2. Nid yw ei gynnig yn ddigon: mae'n aros ar y gwiriad ymarfer nes iddo gael ei gynnal, neu ei wrthod gyda rheswm y plentyn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="135" />
        <source>This needs: %1, by %2. It stays on the practice check until it is recorded as done, or not done with a reason.</source>
        <translation>Mae angen: %1, erbyn %2. Mae'n aros ar y gwiriad ymarfer nes iddo gael ei gofnodi fel wedi'i wneud, neu heb ei wneud gyda rheswm.</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="301" />
        <source>Signed-off level: %1</source>
        <translation>Lefel wedi'i chymeradwyo: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="304" />
        <source>%1 awaiting a manager's sign-off</source>
        <translation>%1 yn aros am gymeradwyaeth rheolwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="306" />
        <source>Level: not set</source>
        <translation>Lefel: heb ei gosod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="314" />
        <source>Safety and wellbeing level</source>
        <translation>Lefel diogelwch a lles</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="318" />
        <source>Level: loading…</source>
        <translation>Lefel: wrthi’n llwytho…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="320" />
        <source>Current level</source>
        <translation>Y lefel bresennol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="323" />
        <source>Set the level</source>
        <translation>Gosod y lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="325" />
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="328" />
        <source>&amp;Level</source>
        <translation>&amp;Lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="329" />
        <source>Reasoning for the level</source>
        <translation>Rhesymu dros y lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="330" />
        <source>Why this level: what you weighed up.</source>
        <translation>Pam y lefel hon: beth wnaethoch chi ei bwyso a'i fesur.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="331" />
        <source>&amp;Reasoning</source>
        <translation>&amp;Rhesymu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="332" />
        <source>Decided by</source>
        <translation>Penderfynwyd gan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="333" />
        <source>Decided &amp;by</source>
        <translation>Penderfynwyd &amp;gan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="338" />
        <source>History (newest first)</source>
        <translation>Hanes (y mwyaf newydd yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="350" />
        <source>Manager signing off</source>
        <translation>Y rheolwr sy'n cymeradwyo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="351" />
        <source>manager's name</source>
        <translation>enw'r rheolwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="352" />
        <source>Sign-off comment</source>
        <translation>Sylw wrth gymeradwyo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="353" />
        <source>comment (optional)</source>
        <translation>sylw (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="354" />
        <source>Si&amp;gn off the chosen decision</source>
        <translation>&amp;Cymeradwyo’r penderfyniad a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="355" />
        <source>Sign off the chosen level decision</source>
        <translation>Cymeradwyo'r penderfyniad lefel a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="360" />
        <source>Why the sign-off was not saved</source>
        <translation>Pam na chafodd y gymeradwyaeth ei chadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="386" />
        <source>Choose the level decision to sign off.</source>
        <translation>Dewiswch y penderfyniad lefel i'w gymeradwyo.</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="293" />
        <source>Edit this line</source>
        <translation>Golygu'r llinell hon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="295" />
        <source>%1: the words as they will be in this copy. The record is not changed. Names that must not be shown are still taken out.</source>
        <translation>%1: y geiriau fel y byddan nhw yn y copi hwn. Dydy'r cofnod ddim yn newid. Mae enwau na ddylid eu dangos yn dal i gael eu tynnu allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="300" />
        <source>Words of the line</source>
        <translation>Geiriau'r llinell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="60" />
        <source>directwork</source>
        <translation>directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="111" />
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="112" />
        <source>&amp;Add a child…</source>
        <translation>&amp;Ychwanegu plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="113" />
        <source>Load the &amp;demo caseload</source>
        <translation>Llwytho'r llwyth achosion &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="114" />
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="115" />
        <source>Lock: hide everything and ask for the passphrase</source>
        <translation>Cloi: cuddio popeth a gofyn am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="116" />
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="117" />
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="118" />
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="119" />
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="120" />
        <source>&amp;Find a child</source>
        <translation>Dod o hyd i &amp;blentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="121" />
        <source>&amp;Start visit…</source>
        <translation>&amp;Dechrau ymweliad…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="122" />
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="123" />
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="124" />
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="125" />
        <source>&amp;Usual text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="126" />
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="127" />
        <source>Lock when not in &amp;use…</source>
        <translation>Cloi pan nad yw'n cael ei &amp;ddefnyddio…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="128" />
        <source>Read-aloud &amp;voices…</source>
        <translation>&amp;Lleisiau darllen yn uchel…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="129" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="130" />
        <source>&amp;About directwork…</source>
        <translation>&amp;Ynghylch directwork…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="131" />
        <source>About directwork: its version, licence and third-party notices</source>
        <translation>Ynghylch directwork: ei fersiwn, ei drwydded a hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="132" />
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="228" />
        <source>Working…</source>
        <translation>Wrthi'n gweithio…</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="139" />
        <source>The two versions say the same; merging makes them one.</source>
        <translation>Mae'r ddwy fersiwn yn dweud yr un peth; mae cyfuno yn eu gwneud yn un.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="146" />
        <source>Why the merge was not saved</source>
        <translation>Pam na chafodd y cyfuniad ei gadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="151" />
        <source>&amp;Save the merged %1</source>
        <translation>&amp;Cadw’r %1 wedi’i gyfuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="152" />
        <source>Save the merged %1</source>
        <translation>Cadw'r %1 wedi'i gyfuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="153" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="222" />
        <source>plan</source>
        <translation>cynllun</translation>
    </message>
</context>
<context>
    <name>MergeChoice</name>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="176" />
        <source>Which to keep: %1</source>
        <translation>Pa un i'w gadw: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="177" />
        <source>Keep laptop A's</source>
        <translation>Cadw fersiwn gliniadur A</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="178" />
        <source>Keep laptop B's</source>
        <translation>Cadw fersiwn gliniadur B</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="180" />
        <source>Leave it out</source>
        <translation>Ei adael allan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="180" />
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="184" />
        <source>Merged words: %1</source>
        <translation>Geiriau wedi'u cyfuno: %1</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="73" />
        <source>Changed on two laptops: choose what to keep</source>
        <translation>Wedi newid ar ddau liniadur: dewiswch beth i'w gadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="75" />
        <source>Kept aside on this laptop, not applied: %1</source>
        <translation>Wedi'i gadw o'r neilltu ar y gliniadur hwn, heb ei roi ar waith: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="78" />
        <source>Not sent to the hub: %1</source>
        <translation>Heb ei anfon i'r hyb: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="215" />
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="216" />
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="217" />
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="224" />
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="225" />
        <source>Needs attention after syncing</source>
        <translation>Angen sylw ar ôl cysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="228" />
        <source>Reading…</source>
        <translation>Wrthi’n darllen…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="228" />
        <source>How many things need attention</source>
        <translation>Faint o bethau sydd angen sylw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="231" />
        <source>Records that need attention</source>
        <translation>Cofnodion sydd angen sylw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="247" />
        <source>&amp;Merge the two versions…</source>
        <translation>&amp;Cyfuno’r ddwy fersiwn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="248" />
        <source>Merge the two versions of the chosen record</source>
        <translation>Cyfuno dwy fersiwn y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="254" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="278" />
        <source>Nothing needs attention: every record has one version and the hub took every change.</source>
        <translation>Does dim angen sylw: mae gan bob cofnod un fersiwn ac fe dderbyniodd yr hyb bob newid.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="282" />
        <source>%n record(s) changed on two laptops</source>
        <translation>%n cofnod wedi newid ar ddau liniadur</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="284" />
        <source>%n change(s) refused by the hub</source>
        <translation>%n newid wedi'u gwrthod gan yr hyb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="286" />
        <source>%n kept aside</source>
        <translation>%n wedi'u cadw o'r neilltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/conflicts.py" line="287" />
        <source>Choose a record changed on two laptops to merge its versions.</source>
        <translation>Dewiswch gofnod a newidiwyd ar ddau liniadur i gyfuno ei fersiynau.</translation>
    </message>
</context>
<context>
    <name>NewChildDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="204" />
        <location filename="../../src/directwork/gui/record/child_form.py" line="205" />
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="212" />
        <source>Save or cancel</source>
        <translation>Cadw neu ganslo</translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="54" />
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="57" />
        <source>Summary for the exploitation panel</source>
        <translation>Crynodeb ar gyfer y panel camfanteisio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="59" />
        <source>The context summary of “{title}” for the multi-agency exploitation panel. It holds only what each child's record lets other agencies see.</source>
        <translation>Crynodeb cyd-destun “{title}” ar gyfer y panel camfanteisio amlasiantaethol. Mae'n cynnwys dim ond yr hyn y mae cofnod pob plentyn yn gadael i asiantaethau eraill ei weld.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="66" />
        <source>Language of the summary</source>
        <translation>Iaith y crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="67" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="68" />
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="69" />
        <source>Both (Welsh first)</source>
        <translation>Y ddwy (Cymraeg yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="71" />
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="74" />
        <source>Name the children as the panel's rules say</source>
        <translation>Enwi'r plant fel y mae rheolau'r panel yn ei ddweud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="76" />
        <source>By &amp;initials and date of birth</source>
        <translation>Yn ôl &amp;llythrennau blaen a dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="77" />
        <source>Name the children by initials and date of birth</source>
        <translation>Enwi'r plant yn ôl llythrennau blaen a dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="78" />
        <source>By &amp;full name</source>
        <translation>Yn ôl enw &amp;llawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="79" />
        <source>Name the children in full</source>
        <translation>Enwi'r plant yn llawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="89" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="90" />
        <source>Save the panel's summary as a PDF</source>
        <translation>Cadw crynodeb y panel fel PDF</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="101" />
        <source>Once it has been given to the panel</source>
        <translation>Unwaith y bydd wedi'i roi i'r panel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="103" />
        <source>Which panel it was given to</source>
        <translation>I ba banel y cafodd ei roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="104" />
        <source>for example: Cwm Rhyd exploitation panel</source>
        <translation>er enghraifft: panel camfanteisio Cwm Rhyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="105" />
        <source>Why it was shared</source>
        <translation>Pam y cafodd ei rannu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="106" />
        <source>for example: to plan the response to the place</source>
        <translation>er enghraifft: i gynllunio'r ymateb i'r lle</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="107" />
        <source>On what basis it was shared</source>
        <translation>Ar ba sail y cafodd ei rannu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="108" />
        <source>for example: to safeguard the children</source>
        <translation>er enghraifft: i ddiogelu'r plant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="109" />
        <source>&amp;Panel:</source>
        <translation>&amp;Panel:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="110" />
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="111" />
        <source>&amp;Basis:</source>
        <translation>&amp;Sail:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="112" />
        <source>&amp;Given to the panel</source>
        <translation>&amp;Wedi'i roi i'r panel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="113" />
        <source>Record on each linked child's record that the summary was shared with the panel</source>
        <translation>Cofnodi ar gofnod pob plentyn cysylltiedig fod y crynodeb wedi'i rannu â'r panel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="145" />
        <source>Save the panel's summary</source>
        <translation>Cadw crynodeb y panel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="146" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="155" />
        <source>The summary was not saved: {why}</source>
        <translation>Ni chafodd y crynodeb ei gadw: {why}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="159" />
        <source>Saved to {path}. It is not encrypted: keep it safe, and delete it once the panel has it.</source>
        <translation>Wedi cadw yn {path}. Nid yw wedi'i amgryptio: cadwch ef yn ddiogel, a'i ddileu unwaith y bydd gan y panel.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="167" />
        <source>children named by initials and date of birth</source>
        <translation>plant wedi'u henwi yn ôl llythrennau blaen a dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="169" />
        <source>children named in full</source>
        <translation>plant wedi'u henwi yn llawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="179" />
        <source>Recorded on the records of the {n} children linked: shared with {panel}.</source>
        <translation>Wedi'i gofnodi ar gofnodion y {n} plentyn cysylltiedig: wedi'i rannu â {panel}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/panel_dialog.py" line="185" />
        <source>Not recorded: {why}</source>
        <translation>Heb ei gofnodi: {why}</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="78" />
        <source>Passphrase strength: %1</source>
        <translation>Cryfder y cyfrinymadrodd: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="44" />
        <source>Add someone to %1's network</source>
        <translation>Ychwanegu rhywun at rwydwaith %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="49" />
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="51" />
        <source>Relationship to the child</source>
        <translation>Perthynas â'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="52" />
        <source>e.g. grandmother, football coach</source>
        <translation>e.e. mam-gu, hyfforddwr pêl-droed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="53" />
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="56" />
        <source>How %1 sees them</source>
        <translation>Sut mae %1 yn eu gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="57" />
        <source>%1's own words about them</source>
        <translation>Geiriau %1 ei hun amdanynt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="58" />
        <source>How I see them</source>
        <translation>Sut rydw i'n eu gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="59" />
        <source>A trusted adult for the child</source>
        <translation>Oedolyn y mae'r plentyn yn ymddiried ynddo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="59" />
        <source>Trusted adult</source>
        <translation>Oedolyn dibynadwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="60" />
        <source>Leads the relationship with the child</source>
        <translation>Yn arwain y berthynas â'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="61" />
        <source>Leads the relationship</source>
        <translation>Yn arwain y berthynas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="62" />
        <source>A person of concern (restricted: never shown to the child or carers)</source>
        <translation>Person sy'n peri pryder (cyfyngedig: byth yn cael ei ddangos i'r plentyn na'r gofalwyr)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="63" />
        <source>Person of concern</source>
        <translation>Person sy'n peri pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="64" />
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="66" />
        <source>&amp;Relationship</source>
        <translation>&amp;Perthynas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="67" />
        <source>R&amp;ole</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="68" />
        <source>How %1 &amp;sees them</source>
        <translation>Sut mae %1 yn eu &amp;gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="70" />
        <source>In their &amp;words</source>
        <translation>Yn eu &amp;geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="71" />
        <source>How &amp;I see them</source>
        <translation>Sut rydw &amp;i'n eu gweld</translation>
    </message>
</context>
<context>
    <name>PersonDialogWords</name>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="24" />
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="24" />
        <source>Trusted</source>
        <translation>Yn ymddiried</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="25" />
        <source>Not sure</source>
        <translation>Ddim yn siŵr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="25" />
        <source>Worried about</source>
        <translation>Yn poeni amdanynt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="26" />
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="26" />
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="27" />
        <source>Friend</source>
        <translation>Ffrind</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="27" />
        <source>Professional</source>
        <translation>Gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/person_dialog.py" line="28" />
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
</context>
<context>
    <name>PlanCoReviewPanel</name>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="172" />
        <source>&amp;Co-review with child…</source>
        <translation>&amp;Cyd-adolygu gyda'r plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="173" />
        <source>Co-review the plan with the child or carers</source>
        <translation>Cyd-adolygu'r cynllun gyda'r plentyn neu'r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="174" />
        <source>S&amp;ummary…</source>
        <translation>&amp;Crynodeb…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="175" />
        <source>Preview, print or save a summary of the plan</source>
        <translation>Rhagweld, argraffu neu gadw crynodeb o'r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="157" />
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="158" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="159" />
        <source>Part of the plan</source>
        <translation>Rhan o'r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="160" />
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="161" />
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="163" />
        <source>Co-review answers for this plan</source>
        <translation>Atebion cyd-adolygu i'r cynllun hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="208" />
        <source>Reviewed with %1 on %2</source>
        <translation>Adolygwyd gyda %1 ar %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="210" />
        <source>Not yet reviewed with the child or carers.</source>
        <translation>Heb ei adolygu gyda'r plentyn na'r gofalwyr eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="255" />
        <source>Start co-review</source>
        <translation>Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="280" />
        <source>Co-review did not open: %1</source>
        <translation>Ni agorodd cyd-adolygu: %1</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="37" />
        <source>disputed by %1</source>
        <translation>wedi'i wrthod gan %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="38" />
        <source>disputed</source>
        <translation>yn cael ei wrthod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="40" />
        <source>Goal: %1</source>
        <translation>Nod: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="42" />
        <source>Goal: none</source>
        <translation>Nod: dim</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="47" />
        <source>no owner</source>
        <translation>dim perchennog</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="48" />
        <source>no agency</source>
        <translation>dim asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="49" />
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="50" />
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="59" />
        <source>If %1, then %2; call %3</source>
        <translation>Os %1, yna %2; ffonio %3</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="74" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="76" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="79" />
        <location filename="../../src/directwork/gui/plan/merge.py" line="73" />
        <source>Worry %1 and its goal</source>
        <translation>Pryder %1 a'i nod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="83" />
        <location filename="../../src/directwork/gui/plan/merge.py" line="81" />
        <source>Action %1</source>
        <translation>Cam gweithredu %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="91" />
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="92" />
        <source>Who agreed</source>
        <translation>Pwy a gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="127" />
        <location filename="../../src/directwork/gui/plan/compare.py" line="133" />
        <source>Part</source>
        <translation>Rhan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="127" />
        <source>Version A</source>
        <translation>Fersiwn A</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="128" />
        <source>Version B</source>
        <translation>Fersiwn B</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="159" />
        <source>%1 (changed)</source>
        <translation>%1 (wedi newid)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/compare.py" line="162" />
        <location filename="../../src/directwork/gui/plan/merge.py" line="172" />
        <source>(not in this version)</source>
        <translation>(ddim yn y fersiwn hon)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="107" />
        <source>About this plan</source>
        <translation>Ynghylch y cynllun hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="121" />
        <source>Plan status</source>
        <translation>Statws y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="123" />
        <source>&amp;Versions…</source>
        <translation>&amp;Fersiynau…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="123" />
        <source>Versions of this plan</source>
        <translation>Fersiynau'r cynllun hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="125" />
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw drafft</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="125" />
        <source>Save the plan as a draft</source>
        <translation>Cadw'r cynllun fel drafft</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="127" />
        <source>&amp;Agree plan…</source>
        <translation>&amp;Cytuno ar y cynllun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="127" />
        <source>Agree the plan</source>
        <translation>Cytuno ar y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="133" />
        <source>Why the plan was not saved or agreed</source>
        <translation>Pam na chafodd y cynllun ei gadw na'i gytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="144" />
        <source>Plan title</source>
        <translation>Teitl y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="144" />
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="145" />
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="149" />
        <source>Why we are
working together</source>
        <translation>Pam rydyn ni'n
gweithio gyda'n gilydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="155" />
        <source>What we are worried about</source>
        <translation>Beth sy'n ein poeni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="156" />
        <source>At most %1 worries in plain words (include ones the family disputes), each with a safety goal: what safe looks like, and for how long.</source>
        <translation>Dim mwy na %1 pryder mewn geiriau plaen (gan gynnwys rhai mae'r teulu'n eu gwrthod), pob un gyda nod diogelwch: sut olwg sydd ar ddiogel, ac am ba hyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="158" />
        <source>Add a &amp;worry</source>
        <translation>Ychwanegu &amp;pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="161" />
        <source>What is working well</source>
        <translation>Beth sy'n gweithio'n dda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="161" />
        <source>Strengths and safety already there.</source>
        <translation>Cryfderau a diogelwch sydd yno'n barod.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="163" />
        <source>Add what is &amp;working well</source>
        <translation>Ychwanegu beth sy'n &amp;gweithio'n dda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="169" />
        <source>What needs to happen</source>
        <translation>Beth sydd angen digwydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="170" />
        <source>Each action has an owner (a person and their agency, or family), a date and a status.</source>
        <translation>Mae gan bob cam gweithredu berchennog (person a'i asiantaeth, neu deulu), dyddiad a statws.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="172" />
        <source>Add an a&amp;ction</source>
        <translation>Ychwanegu &amp;cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="177" />
        <source>How safe, 0 to 10</source>
        <translation>Pa mor ddiogel, 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="177" />
        <source>Everyone's answer: 0 means not safe at all, 10 means safe enough that we can stop worrying.</source>
        <translation>Ateb pawb: mae 0 yn golygu ddim yn ddiogel o gwbl, mae 10 yn golygu digon diogel i ni roi'r gorau i boeni.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="180" />
        <source>Add a &amp;score</source>
        <translation>Ychwanegu &amp;sgôr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="184" />
        <source>If things go wrong</source>
        <translation>Os aiff pethau o chwith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="184" />
        <source>If this happens, then do this, and call…</source>
        <translation>Os bydd hyn yn digwydd, yna gwnewch hyn, a ffoniwch…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="186" />
        <source>Add a conti&amp;ngency</source>
        <translation>Ychwanegu cynllun &amp;wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="191" />
        <source>Safe people</source>
        <translation>Pobl ddiogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="193" />
        <source>Add a safe &amp;person</source>
        <translation>Ychwanegu &amp;person diogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="195" />
        <source>Safe places</source>
        <translation>Lleoedd diogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="197" />
        <source>Add a safe p&amp;lace</source>
        <translation>Ychwanegu &amp;lle diogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="199" />
        <source>Helplines</source>
        <translation>Llinellau cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="200" />
        <source>Add a &amp;helpline</source>
        <translation>Ychwanegu llinell &amp;gymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="206" />
        <source>In my words (the child's own section)</source>
        <translation>Yn fy ngeiriau i (adran y plentyn ei hun)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="207" />
        <source>What the child wants to say about the plan, in their words.</source>
        <translation>Beth mae'r plentyn eisiau ei ddweud am y cynllun, yn ei eiriau ei hun.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="212" />
        <source>Practitioner-only notes: NOT SHOWN TO THE CHILD</source>
        <translation>Nodiadau i'r ymarferydd yn unig: HEB EU DANGOS I'R PLENTYN</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="213" />
        <source>Never printed on the child's or carers' summary, never shown on the co-review screen.</source>
        <translation>Byth yn cael eu hargraffu ar grynodeb y plentyn na'r gofalwyr, byth yn cael eu dangos ar y sgrin cyd-adolygu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="222" />
        <source>Next review on</source>
        <translation>Adolygiad nesaf ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="222" />
        <source>Choose the next review date</source>
        <translation>Dewis dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="223" />
        <source>Next review date</source>
        <translation>Dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="229" />
        <source>Problem with the next review date</source>
        <translation>Problem gyda dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="302" />
        <source>Changes you typed before were not saved yet, and have been brought back. Save them, or close and discard them.</source>
        <translation>Nid oedd y newidiadau a deipiwyd gennych o'r blaen wedi'u cadw eto, ac maen nhw wedi'u dod yn ôl. Cadwch nhw, neu caewch a'u taflu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="309" />
        <source>New plan: not saved yet</source>
        <translation>Cynllun newydd: heb ei gadw eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="312" />
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="314" />
        <source>%1%2 · revision %3</source>
        <translation>%1%2 · diwygiad %3</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="317" />
        <source>This plan was changed on two laptops: open Versions… to compare and merge them before agreeing it.</source>
        <translation>Cafodd y cynllun hwn ei newid ar ddau liniadur: agorwch Fersiynau… i'w cymharu a'u cyfuno cyn cytuno arno.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor.py" line="455" />
        <source>Not saved:</source>
        <translation>Heb gadw:</translation>
    </message>
</context>
<context>
    <name>PlanEditorWindow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="26" />
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="27" />
        <source>Safety plan editor</source>
        <translation>Golygydd y cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="50" />
        <source>Safety plan: %1</source>
        <translation>Cynllun diogelwch: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="73" />
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="74" />
        <source>Save the changes to the plan as a draft?</source>
        <translation>Cadw'r newidiadau i'r cynllun fel drafft?</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="76" />
        <source>Unsaved changes: save the changes to the plan as a draft?</source>
        <translation>Newidiadau heb eu cadw: cadw'r newidiadau i'r cynllun fel drafft?</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="77" />
        <source>&amp;Save draft</source>
        <translation>&amp;Cadw drafft</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="78" />
        <source>Save draft and close</source>
        <translation>Cadw drafft a chau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="79" />
        <source>&amp;Discard changes</source>
        <translation>&amp;Taflu’r newidiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="80" />
        <source>Discard changes and close</source>
        <translation>Taflu'r newidiadau a chau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="81" />
        <source>&amp;Keep editing</source>
        <translation>&amp;Dal ati i olygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/editor_window.py" line="82" />
        <source>Keep editing</source>
        <translation>Dal ati i olygu</translation>
    </message>
</context>
<context>
    <name>PlanMergeDialog</name>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="213" />
        <source>Merge the two versions</source>
        <translation>Cyfuno'r ddwy fersiwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="214" />
        <source>Merge the two versions of the plan</source>
        <translation>Cyfuno dwy fersiwn y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/merge.py" line="217" />
        <source>Laptop A: version %1, saved %2. Laptop B: version %3, saved %4. For each part that differs, choose which to keep. The merged plan is a draft: agree it again with everyone.</source>
        <translation>Gliniadur A: fersiwn %1, cadwyd %2. Gliniadur B: fersiwn %3, cadwyd %4. Ar gyfer pob rhan sy'n wahanol, dewiswch pa un i'w chadw. Drafft yw'r cynllun wedi'i gyfuno: cytunwch arno eto gyda phawb.</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="75" />
        <source>Problem with this %1</source>
        <translation>Problem gyda hyn: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="77" />
        <source>Remove this %1</source>
        <translation>Tynnu hyn: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="84" />
        <source>keep from child and carers</source>
        <translation>cadw rhag y plentyn a'r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="85" />
        <source>Not shown in co-review or in the child's and carers' summaries.</source>
        <translation>Heb ei ddangos wrth gyd-adolygu nac yng nghrynodebau'r plentyn a'r gofalwyr.</translation>
    </message>
</context>
<context>
    <name>PlanVersionsDialog</name>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="46" />
        <source>draft</source>
        <translation>drafft</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="47" />
        <source>agreed</source>
        <translation>wedi cytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="48" />
        <source>superseded</source>
        <translation>wedi'i ddisodli</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="58" />
        <source>laptop %1</source>
        <translation>gliniadur %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="59" />
        <source>one of the heads</source>
        <translation>un o'r fersiynau diweddaraf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="60" />
        <source>Version %1 (%2)</source>
        <translation>Fersiwn %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="69" />
        <location filename="../../src/directwork/gui/plan/versions.py" line="70" />
        <source>Versions of the safety plan</source>
        <translation>Fersiynau'r cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="75" />
        <source>&amp;Merge the two versions…</source>
        <translation>&amp;Cyfuno’r ddwy fersiwn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="76" />
        <source>Merge the two laptops' versions</source>
        <translation>Cyfuno fersiynau'r ddau liniadur</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="97" />
        <source>Compare</source>
        <translation>Cymharu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="98" />
        <source>First version to compare</source>
        <translation>Y fersiwn gyntaf i'w chymharu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="99" />
        <source>Second version to compare</source>
        <translation>Yr ail fersiwn i'w chymharu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="101" />
        <source>with</source>
        <translation>gyda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="105" />
        <source>How many parts differ</source>
        <translation>Faint o rannau sy'n wahanol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="108" />
        <source>The two versions side by side</source>
        <translation>Y ddwy fersiwn ochr yn ochr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="109" />
        <source>Changed parts are marked (changed) and highlighted.</source>
        <translation>Mae rhannau wedi newid wedi'u marcio (wedi newid) a'u hamlygu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="123" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="133" />
        <source>first version</source>
        <translation>fersiwn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="135" />
        <source>version %1</source>
        <translation>fersiwn %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="136" />
        <source>merge of %1</source>
        <translation>cyfuniad o %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="153" />
        <source>This plan was changed on two laptops from the same version: %1. Nothing was overwritten. Compare them below, then merge them into one plan.</source>
        <translation>Cafodd y cynllun hwn ei newid ar ddau liniadur o'r un fersiwn: %1. Ni chafodd dim ei drosysgrifo. Cymharwch nhw isod, yna eu cyfuno yn un cynllun.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="134" />
        <location filename="../../src/directwork/gui/plan/versions.py" line="153" />
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="180" />
        <source>The two versions are the same.</source>
        <translation>Mae'r ddwy fersiwn yr un fath.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="181" />
        <source>Parts that differ (highlighted): %n.</source>
        <translation>Rhannau sy'n wahanol (wedi'u hamlygu): %n.</translation>
    </message>
</context>
<context>
    <name>PracticeCheck</name>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="279" />
        <source>&amp;Practice check</source>
        <translation>&amp;Gwiriad ymarfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="280" />
        <source>Practice check: what is due and overdue</source>
        <translation>Gwiriad ymarfer: beth sy'n ddyledus ac yn hwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="283" />
        <source>Practice check</source>
        <translation>Gwiriad ymarfer</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/common.py" line="183" />
        <source>Why it was not saved</source>
        <translation>Pam na chafodd ei gadw</translation>
    </message>
</context>
<context>
    <name>PrintChoicesDialog</name>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="45" />
        <source>Print the summary</source>
        <translation>Argraffu'r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="49" />
        <source>Printer</source>
        <translation>Argraffydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="57" />
        <source>P&amp;rinter:</source>
        <translation>&amp;Argraffydd:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="60" />
        <source>Number of copies</source>
        <translation>Nifer y copïau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="62" />
        <source>&amp;Copies:</source>
        <translation>&amp;Copïau:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="65" />
        <source>A&amp;ll %n page(s)</source>
        <translation>
            <numerusform>Pob &amp;tudalen (%n)</numerusform>
            <numerusform>Pob &amp;tudalen (%n)</numerusform>
            <numerusform>Pob &amp;tudalen (%n)</numerusform>
            <numerusform>Pob &amp;tudalen (%n)</numerusform>
            <numerusform>Pob &amp;tudalen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="66" />
        <source>Print all pages</source>
        <translation>Argraffu pob tudalen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="67" />
        <source>Pages &amp;from</source>
        <translation>Tudalennau &amp;o</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="68" />
        <source>Print only some pages</source>
        <translation>Argraffu rhai tudalennau yn unig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="69" />
        <source>First page to print</source>
        <translation>Y dudalen gyntaf i'w hargraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="70" />
        <source>Last page to print</source>
        <translation>Y dudalen olaf i'w hargraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="85" />
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="88" />
        <source>Pages:</source>
        <translation>Tudalennau:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="90" />
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="91" />
        <source>P&amp;aper:</source>
        <translation>&amp;Papur:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="95" />
        <source>&amp;Print</source>
        <translation>A&amp;rgraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="97" />
        <source>Send the summary to this printer</source>
        <translation>Anfon y crynodeb i'r argraffydd hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="98" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="20" />
        <source>it is out of paper</source>
        <translation>mae wedi rhedeg allan o bapur</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="21" />
        <source>paper is stuck in it</source>
        <translation>mae papur yn sownd ynddo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="22" />
        <source>it is switched off, or not connected</source>
        <translation>mae wedi'i ddiffodd, neu heb ei gysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="23" />
        <source>a door or cover on it is open</source>
        <translation>mae drws neu glawr arno ar agor</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="24" />
        <source>it is out of ink or toner</source>
        <translation>mae wedi rhedeg allan o inc neu arlliw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="25" />
        <source>its queue is not accepting jobs</source>
        <translation>nid yw ei giw yn derbyn gwaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="26" />
        <source>its queue was stopped on this computer</source>
        <translation>cafodd ei giw ei atal ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="27" />
        <source>it reports a problem</source>
        <translation>mae'n adrodd problem</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="33" />
        <location filename="../../src/directwork/gui/summary/print_words.py" line="89" />
        <source>it did not say why</source>
        <translation>ni ddywedodd pam</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="36" />
        <source>(the printer says: “%1”)</source>
        <translation>(mae’r argraffydd yn dweud: “%1”)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="50" />
        <source>This printer cannot print PDF documents: choose another.</source>
        <translation>Ni all yr argraffydd hwn argraffu dogfennau PDF: dewiswch un arall.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="52" />
        <source>Not accepting jobs: %1. Choose another printer, or ask whoever looks after it.</source>
        <translation>Ddim yn derbyn gwaith: %1. Dewiswch argraffydd arall, neu gofynnwch i bwy bynnag sy'n gofalu amdano.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="55" />
        <source>Stopped: %1. A summary sent now waits until this is put right.</source>
        <translation>Wedi stopio: %1. Bydd crynodeb a anfonir nawr yn aros nes i hyn gael ei gywiro.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="59" />
        <source>Ready, but it last reported that %1.</source>
        <translation>Yn barod, ond y tro diwethaf dywedodd fod %1.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="61" />
        <source>Ready (printing something else now).</source>
        <translation>Yn barod (yn argraffu rhywbeth arall nawr).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="62" />
        <source>Ready.</source>
        <translation>Yn barod.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="69" />
        <source>Printed: %n page(s) went to %1. Collect them from the printer.</source>
        <translation>Wedi argraffu: aeth %n tudalen i %1. Casglwch nhw o'r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="72" />
        <source>Printing on %1…</source>
        <translation>Wrthi’n argraffu ar %1…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="74" />
        <source>Waiting: the summary is in the queue for %1 and prints when the printer is free.</source>
        <translation>Yn aros: mae'r crynodeb yn y ciw ar gyfer %1 a bydd yn argraffu pan fydd yr argraffydd yn rhydd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="77" />
        <source>Stopped: %1 is not printing because %2. The summary waits in its queue and prints once this is put right; or cancel it (closing this window cancels it too).</source>
        <translation>Wedi stopio: nid yw %1 yn argraffu oherwydd %2. Mae'r crynodeb yn aros yn ei giw a bydd yn argraffu unwaith y bydd hyn wedi'i gywiro; neu ganslwch ef (mae cau'r ffenestr hon yn ei ganslo hefyd).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="82" />
        <source>Held: the print system is holding the summary for %1 (%2). Cancel it, or ask whoever looks after the printer.</source>
        <translation>Wedi'i ddal: mae'r system argraffu yn dal y crynodeb ar gyfer %1 (%2). Canslwch ef, neu gofynnwch i bwy bynnag sy'n gofalu am yr argraffydd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="86" />
        <source>Not printed: the job was cancelled at the print system.</source>
        <translation>Heb argraffu: cafodd y gwaith ei ganslo yn y system argraffu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="88" />
        <source>Not printed: the print system gave up on it (%1).</source>
        <translation>Heb argraffu: rhoddodd y system argraffu'r gorau iddi (%1).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="90" />
        <source>Not printed: %1 is no longer set up, or the print system lost the job.</source>
        <translation>Heb argraffu: nid yw %1 wedi'i osod mwyach, neu collodd y system argraffu'r gwaith.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="97" />
        <source>No printer can be reached: the print system on this laptop is not running or not answering. Nothing was printed. You can save the summary as a PDF instead (it will not be encrypted).</source>
        <translation>Ni ellir cyrraedd unrhyw argraffydd: nid yw'r system argraffu ar y gliniadur hwn yn rhedeg nac yn ateb. Ni argraffwyd dim. Gallwch gadw'r crynodeb fel PDF yn lle hynny (ni fydd wedi'i amgryptio).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="101" />
        <source>Not printed: %1 is not accepting jobs (its queue was set to refuse them). Choose another printer, or save the summary as a PDF instead.</source>
        <translation>Heb argraffu: nid yw %1 yn derbyn gwaith (cafodd ei giw ei osod i'w wrthod). Dewiswch argraffydd arall, neu cadwch y crynodeb fel PDF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="105" />
        <source>Not printed: %1 is no longer set up on this laptop. Choose another printer, or save the summary as a PDF instead.</source>
        <translation>Heb argraffu: nid yw %1 wedi'i osod ar y gliniadur hwn mwyach. Dewiswch argraffydd arall, neu cadwch y crynodeb fel PDF yn lle hynny.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="109" />
        <source>Not printed: %1.</source>
        <translation>Heb argraffu: %1.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="113" />
        <source>No printer is set up on this laptop, so nothing was printed. You can save the summary as a PDF instead (it will not be encrypted).</source>
        <translation>Nid oes argraffydd wedi'i osod ar y gliniadur hwn, felly ni argraffwyd dim. Gallwch gadw'r crynodeb fel PDF yn lle hynny (ni fydd wedi'i amgryptio).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="93" />
        <source>Looking for printers…</source>
        <translation>Wrthi’n chwilio am argraffwyr…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="130" />
        <source>Sending the summary to %1…</source>
        <translation>Wrthi’n anfon y crynodeb i %1…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="140" />
        <source>Sent to %1. Waiting to hear from the printer…</source>
        <translation>Wedi'i anfon i %1. Yn aros i glywed gan yr argraffydd…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="184" />
        <source>The print system stopped answering, so it is not known whether the summary will print (%1). Check the printer before you hand anything over.</source>
        <translation>Stopiodd y system argraffu ateb, felly nid yw'n hysbys a fydd y crynodeb yn argraffu (%1). Gwiriwch yr argraffydd cyn i chi roi unrhyw beth i neb.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="192" />
        <source>The print system still holds a copy of this print job; it removes it itself later (often after a day).</source>
        <translation>Mae gan y system argraffu gopi o'r gwaith argraffu hwn o hyd; bydd yn ei dynnu ei hun yn nes ymlaen (yn aml ar ôl diwrnod).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="210" />
        <source>Cancelled: the summary will not print.</source>
        <translation>Wedi canslo: ni fydd y crynodeb yn argraffu.</translation>
    </message>
</context>
<context>
    <name>PuttingRight</name>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="159" />
        <source>Changed; the earlier version stays in the history.</source>
        <translation>Wedi newid; mae'r fersiwn gynharach yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="171" />
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="190" />
        <source>Not changed: %1</source>
        <translation>Heb newid: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="186" />
        <source>Put right; the first version stays in the history.</source>
        <translation>Wedi cywiro; mae'r fersiwn gyntaf yn aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="199" />
        <source>Taken back; it stays in the history.</source>
        <translation>Wedi'i dynnu'n ôl; mae'n aros yn yr hanes.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/entry_correction.py" line="202" />
        <source>Not taken back: %1</source>
        <translation>Heb ei dynnu'n ôl: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="11" />
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="12" />
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="13" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="14" />
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="15" />
        <source>Save All</source>
        <translation>Cadw’r cyfan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="16" />
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="17" />
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="18" />
        <source>Yes to &amp;All</source>
        <translation>Ie i’r &amp;cyfan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="19" />
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="20" />
        <source>N&amp;o to All</source>
        <translation>Na i’r c&amp;yfan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="21" />
        <source>Abort</source>
        <translation>Rhoi’r gorau iddi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="22" />
        <source>Retry</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="23" />
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="24" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="25" />
        <source>&amp;Close</source>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="26" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="27" />
        <source>&amp;Cancel</source>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="28" />
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="29" />
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="30" />
        <source>Apply</source>
        <translation>Rhoi ar waith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="31" />
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="32" />
        <source>Restore Defaults</source>
        <translation>Adfer y rhagosodiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="33" />
        <source>Don't Save</source>
        <translation>Peidio â chadw</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="37" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="38" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="39" />
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="40" />
        <source>&amp;Finish</source>
        <translation>&amp;Gorffen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="41" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="42" />
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="43" />
        <source>Go Back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="44" />
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/qt_words.py" line="45" />
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
</context>
<context>
    <name>RaiseConcernDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="113" />
        <source>Raise a concern</source>
        <translation>Codi pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="119" />
        <source>What the concern is</source>
        <translation>Beth yw'r pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="120" />
        <source>&amp;Concern</source>
        <translation>&amp;Pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="121" />
        <source>Details of the concern</source>
        <translation>Manylion y pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="122" />
        <source>&amp;Details</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="123" />
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="127" />
        <source>&amp;Severity</source>
        <translation>&amp;Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="128" />
        <source>Who was told, one per line</source>
        <translation>Wrth bwy y dywedwyd, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="128" />
        <source>one person per line</source>
        <translation>un person ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="129" />
        <source>Who was &amp;told</source>
        <translation>Wrth bwy y &amp;dywedwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="131" />
        <source>&amp;When</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="136" />
        <source>Response clock</source>
        <translation>Cloc yr ymateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="150" />
        <source>Starts with %1 (%2); a response is due by %3.</source>
        <translation>Yn dechrau ar y cam hwn: %1 (%2); mae ymateb yn ddyledus erbyn %3.</translation>
    </message>
</context>
<context>
    <name>ReadAloudVoicesDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/voices.py" line="34" />
        <source>Read-aloud voices</source>
        <translation>Lleisiau darllen yn uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/voices.py" line="36" />
        <source>Read-aloud speaks with eSpeak NG, which comes with the app. Where this laptop has a voice of its own for a language, you can choose it instead. Nothing is sent anywhere either way.</source>
        <translation>Mae darllen yn uchel yn siarad gydag eSpeak NG, sy'n dod gyda'r ap. Lle mae gan y gliniadur hwn ei lais ei hun ar gyfer iaith, gallwch ei ddewis yn lle hynny. Nid oes dim yn cael ei anfon i unman y naill ffordd na'r llall.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/voices.py" line="45" />
        <source>%1 voice</source>
        <translation>Llais %1</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../src/directwork/gui/common/record_dialog.py" line="34" />
        <source>Save or cancel</source>
        <translation>Cadw neu ganslo</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="123" />
        <source>Keep your recovery key</source>
        <translation>Cadwch eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="124" />
        <source>If you forget your passphrase, this key is the only way back into your records. It is shown only now. Print it or save it somewhere safe, away from this laptop.</source>
        <translation>Os anghofiwch eich cyfrinymadrodd, yr allwedd hon yw'r unig ffordd yn ôl i'ch cofnodion. Dim ond nawr y caiff ei dangos. Argraffwch hi neu cadwch hi rywle diogel, i ffwrdd o'r gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="135" />
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="138" />
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="138" />
        <source>Print the recovery key</source>
        <translation>Argraffu'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="139" />
        <source>&amp;Save to a file…</source>
        <translation>&amp;Cadw mewn ffeil…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="139" />
        <source>Save the recovery key to a file</source>
        <translation>Cadw'r allwedd adfer mewn ffeil</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="150" />
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Rydw i wedi argraffu neu gadw'r allwedd adfer a byddaf yn ei chadw'n ddiogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="151" />
        <source>I have kept the recovery key</source>
        <translation>Rydw i wedi cadw'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="177" />
        <source>Sent to the printer.</source>
        <translation>Wedi'i anfon i'r argraffydd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="180" />
        <source>Save the recovery key</source>
        <translation>Cadw'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="181" />
        <source>directwork-recovery-key.txt</source>
        <translation>directwork-allwedd-adfer.txt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="181" />
        <source>Text (*.txt)</source>
        <translation>Testun (*.txt)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="191" />
        <source>Could not save it there (%1). Choose another place.</source>
        <translation>Methu ei chadw yno (%1). Dewiswch le arall.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="193" />
        <source>Saved to %1.</source>
        <translation>Wedi cadw yn %1.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="168" />
        <source>Setting up was cut off here once before and had left files in this folder. They were moved, not deleted, to %1. If they hold records you still need, ask IT: that folder keeps them as they were.</source>
        <translation>Cafodd y gosod ei dorri ar ei hanner yma o'r blaen, a gadawodd ffeiliau yn y ffolder hon. Cawsant eu symud o'r neilltu, nid eu dileu, i %1. Os oes cofnodion ynddynt sydd eu hangen arnoch o hyd, gofynnwch i'r adran TG: mae'r ffolder honno'n eu cadw fel yr oeddent.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="177" />
        <source>Record the response</source>
        <translation>Cofnodi'r ymateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="182" />
        <source>, due %1</source>
        <translation>, yn ddyledus %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="184" />
        <source>%1 on %2: %3%4.</source>
        <translation>%1 ar %2: %3%4.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="193" />
        <source>Who you told, and when</source>
        <translation>Wrth bwy y dywedoch chi, a phryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="205" />
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="205" />
        <source>anything the next worker should know</source>
        <translation>unrhyw beth y dylai'r gweithiwr nesaf ei wybod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="206" />
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="229" />
        <source>&amp;When</source>
        <translation>P&amp;ryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="230" />
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="230" />
        <source>Declined or not done: say why.</source>
        <translation>Wedi'i wrthod neu heb ei wneud: dywedwch pam.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="231" />
        <source>&amp;Reason</source>
        <translation>&amp;Rheswm</translation>
    </message>
</context>
<context>
    <name>RecordsCheck</name>
    <message>
        <location filename="../../src/directwork/gui/shell/records_check.py" line="79" />
        <source>part of the records file is damaged ({problem})</source>
        <translation>mae rhan o ffeil y cofnodion wedi'i difrodi ({problem})</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/records_check.py" line="141" />
        <source>After unlocking, directwork checks the whole of this laptop's records and its record of who viewed and changed what (the audit trail). It has found something directwork did not do: {why}.

Your records stay open for now, so nothing you are typing is lost. Please tell IT today. The next time directwork is unlocked it will not open these records until IT has looked at them (they can run `directwork check` and restore a backup).</source>
        <translation>Ar ôl datgloi, mae directwork yn gwirio holl gofnodion y gliniadur hwn a'i gofnod o bwy a edrychodd ar beth ac a'i newidiodd (y trywydd archwilio). Mae wedi dod o hyd i rywbeth na wnaeth directwork: {why}.

Mae eich cofnodion yn aros ar agor am y tro, felly ni chollir dim rydych chi'n ei deipio. Dywedwch wrth TG heddiw, os gwelwch yn dda. Y tro nesaf y caiff directwork ei ddatgloi, ni fydd yn agor y cofnodion hyn nes bod TG wedi edrych arnyn nhw (gallan nhw redeg `directwork check` ac adfer copi wrth gefn).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="78" />
        <source>Restore from a backup</source>
        <translation>Adfer o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="83" />
        <source>Bring back the records from one of this laptop's backups. The records as they are now are kept: a damaged file is moved aside, never deleted.</source>
        <translation>Dod â'r cofnodion yn ôl o un o gopïau wrth gefn y gliniadur hwn. Mae'r cofnodion fel y maen nhw nawr yn cael eu cadw: mae ffeil wedi'i difrodi yn cael ei symud o'r neilltu, byth yn cael ei dileu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="88" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="89" />
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="94" />
        <source>&amp;Show backups</source>
        <translation>&amp;Dangos copïau wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="95" />
        <source>Show the backups on this laptop</source>
        <translation>Dangos y copïau wrth gefn ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="101" />
        <source>Backups on this laptop, newest first</source>
        <translation>Copïau wrth gefn ar y gliniadur hwn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="112" />
        <source>Restore or cancel</source>
        <translation>Adfer neu ganslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="114" />
        <source>&amp;Restore this backup</source>
        <translation>&amp;Adfer y copi wrth gefn hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="115" />
        <source>Restore the chosen backup</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="118" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="138" />
        <source>Type your passphrase first.</source>
        <translation>Teipiwch eich cyfrinymadrodd yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="140" />
        <source>Checking each backup…</source>
        <translation>Wrthi’n gwirio pob copi wrth gefn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="158" />
        <source>Choose the backup to bring back.</source>
        <translation>Dewiswch y copi wrth gefn i ddod ag ef yn ôl.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="159" />
        <source>There are no backups on this laptop. Ask IT for the laptop's own backup.</source>
        <translation>Nid oes copïau wrth gefn ar y gliniadur hwn. Gofynnwch i'r adran TG am gopi wrth gefn y gliniadur ei hun.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="182" />
        <source>Checking the backup in full, then restoring it…</source>
        <translation>Wrthi'n gwirio'r copi wrth gefn yn llawn, yna ei adfer…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="264" />
        <source>Record the return</source>
        <translation>Cofnodi'r dychwelyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="267" />
        <source>Missing since %1.</source>
        <translation>Ar goll ers %1.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="271" />
        <source>&amp;Back at</source>
        <translation>&amp;Yn ôl am</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="275" />
        <source>The response this needs</source>
        <translation>Yr ymateb sydd ei angen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="286" />
        <source>This needs: %1, by %2.</source>
        <translation>Mae angen: %1, erbyn %2.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="85" />
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="88" />
        <source>&amp;Complete the review</source>
        <translation>&amp;Cwblhau’r adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="89" />
        <source>Complete the review</source>
        <translation>Cwblhau'r adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="92" />
        <source>Loading…</source>
        <translation>Wrthi’n llwytho…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="94" />
        <source>When this review was due</source>
        <translation>Pryd roedd yr adolygiad hwn yn ddyledus</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="99" />
        <source>Why this review</source>
        <translation>Pam yr adolygiad hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="102" />
        <source>&amp;Why</source>
        <translation>P&amp;am</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="103" />
        <source>Which key moment it follows</source>
        <translation>Pa eiliad allweddol mae'n ei dilyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="104" />
        <source>&amp;Key moment</source>
        <translation>&amp;Eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="106" />
        <source>&amp;Held</source>
        <translation>&amp;Cynhaliwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="107" />
        <source>Each agency's input</source>
        <translation>Cyfraniad pob asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="110" />
        <source>Add an a&amp;gency</source>
        <translation>Ychwanegu a&amp;siantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="110" />
        <source>Add an agency's input</source>
        <translation>Ychwanegu cyfraniad asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="114" />
        <source>The child's views</source>
        <translation>Barn y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="114" />
        <source>in their words</source>
        <translation>yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="115" />
        <source>Child's &amp;views</source>
        <translation>&amp;Barn y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="116" />
        <source>The carers' views</source>
        <translation>Barn y gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="117" />
        <source>C&amp;arers' views</source>
        <translation>Barn y &amp;gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="118" />
        <source>What changed in the plan</source>
        <translation>Beth newidiodd yn y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="119" />
        <source>Wha&amp;t changed</source>
        <translation>Beth &amp;newidiodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="120" />
        <source>New safety and wellbeing level</source>
        <translation>Lefel diogelwch a lles newydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="121" />
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="124" />
        <source>New &amp;level</source>
        <translation>&amp;Lefel newydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="126" />
        <source>Choose the date</source>
        <translation>Dewis y dyddiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="126" />
        <source>Choose the next review date</source>
        <translation>Dewis dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="135" />
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="140" />
        <source>What they said since the last review</source>
        <translation>Beth maen nhw wedi'i ddweud ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="141" />
        <source>What the child and carers said since the last review</source>
        <translation>Beth mae'r plentyn a'r gofalwyr wedi'i ddweud ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="163" />
        <source>last review %1</source>
        <translation>adolygiad diwethaf %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="164" />
        <source>no review yet</source>
        <translation>dim adolygiad eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="165" />
        <source>(brought forward by a key moment)</source>
        <translation>(wedi'i ddwyn ymlaen gan eiliad allweddol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="167" />
        <source>This review was due by %1%2; %3.</source>
        <translation>Roedd yr adolygiad hwn yn ddyledus erbyn %1%2; %3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="174" />
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="188" />
        <source>Nothing recorded since the last review.</source>
        <translation>Dim wedi'i gofnodi ers yr adolygiad diwethaf.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="198" />
        <source>If not chosen: %1 (the latest allowed).</source>
        <translation>Os na ddewisir: %1 (y diweddaraf a ganiateir).</translation>
    </message>
</context>
<context>
    <name>ReviewWords</name>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="55" />
        <source>Scheduled review</source>
        <translation>Adolygiad wedi'i drefnu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="56" />
        <source>After a key moment</source>
        <translation>Ar ôl eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/review.py" line="57" />
        <source>After a significant change</source>
        <translation>Ar ôl newid sylweddol</translation>
    </message>
</context>
<context>
    <name>RevokedPage</name>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="418" />
        <source>What happened to this laptop's records</source>
        <translation>Beth ddigwyddodd i gofnodion y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="418" />
        <source>As the team hub instructed, every record on this laptop has been wiped: the encrypted store, its backups and its key are gone from this laptop. Records that had been synced are safe on the team hub. Please speak to your manager or the person who looks after the hub.

The hub said: %1</source>
        <translation>Fel y cyfarwyddodd hyb y tîm, mae pob cofnod ar y gliniadur hwn wedi'i ddileu: mae'r storfa wedi'i hamgryptio, ei chopïau wrth gefn a'i hallwedd wedi mynd o'r gliniadur hwn. Mae cofnodion a gysonwyd yn ddiogel ar hyb y tîm. Siaradwch â'ch rheolwr neu'r person sy'n gofalu am yr hyb.

Dywedodd yr hyb: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="421" />
        <source>&amp;Quit directwork</source>
        <translation>&amp;Gadael directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="421" />
        <source>Quit directwork</source>
        <translation>Gadael directwork</translation>
    </message>
</context>
<context>
    <name>RowList</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="293" />
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>ScoreRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="227" />
        <source>Whose score</source>
        <translation>Sgôr pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="227" />
        <source>who</source>
        <translation>pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="228" />
        <source>Their role</source>
        <translation>Eu rôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="232" />
        <source>Score from 0 to 10</source>
        <translation>Sgôr o 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="233" />
        <source>0: not safe at all; 10: safe enough to close the case</source>
        <translation>0: ddim yn ddiogel o gwbl; 10: digon diogel i gau'r achos</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="224" />
        <location filename="../../src/directwork/gui/plan/sections.py" line="238" />
        <source>score</source>
        <translation>sgôr</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="133" />
        <source>Chart: 0 to 10 scores over time</source>
        <translation>Siart: sgorau 0 i 10 dros amser</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="142" />
        <source>No 0-10 scores yet</source>
        <translation>Dim sgorau 0-10 eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="0" />
        <source>(now %1)</source>
        <translation>(nawr %1)</translation>
    </message>
</context>
<context>
    <name>SectionsWords</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="46" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="47" />
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="48" />
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="48" />
        <source>Dropped</source>
        <translation>Wedi rhoi’r gorau iddo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="49" />
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="49" />
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="49" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="50" />
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="50" />
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="5" />
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="6" />
        <source>It locks every record on this laptop. A short sentence only you would think of is easy to remember and hard to guess.</source>
        <translation>Mae'n cloi pob cofnod ar y gliniadur hwn. Mae brawddeg fer na fyddai neb ond chi'n meddwl amdani yn hawdd i'w chofio ac yn anodd i'w dyfalu.</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="10" />
        <source>Your na&amp;me</source>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="16" />
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="21" />
        <source>&amp;Team</source>
        <translation>&amp;Tîm</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="27" />
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="32" />
        <source>&amp;Work phone</source>
        <translation>&amp;Ffôn gwaith</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="38" />
        <source>Work phone, printed on the summaries children and carers keep</source>
        <translation>Ffôn gwaith, wedi'i argraffu ar y crynodebau y mae plant a gofalwyr yn eu cadw</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="39" />
        <source>so children and carers can reach you</source>
        <translation>fel y gall plant a gofalwyr gysylltu â chi</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="44" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="51" />
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="56" />
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="66" />
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="53" />
        <location filename="../../ui/setup_passphrase.ui" line="71" />
        <source>too weak</source>
        <translation>rhy wan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="54" />
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="55" />
        <source>good</source>
        <translation>da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="56" />
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="79" />
        <source>Passphrase &amp;again</source>
        <translation>Cyfrinymadrodd &amp;eto</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="86" />
        <source>Passphrase again</source>
        <translation>Cyfrinymadrodd eto</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="210" />
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="211" />
        <source>Set up directwork</source>
        <translation>Gosod directwork</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="231" />
        <source>Making your encrypted vault…</source>
        <translation>Wrthi'n gwneud eich storfa wedi'i hamgryptio…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="261" />
        <source>Keep your recovery key</source>
        <translation>Cadwch eich allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="262" />
        <source>Your vault is made. Before closing, print or save the recovery key and tick the box: it is shown only this once.</source>
        <translation>Mae eich storfa wedi'i gwneud. Cyn cau, argraffwch neu cadwch yr allwedd adfer a thiciwch y blwch: dim ond unwaith y caiff ei dangos.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/setup_wizard.py" line="265" />
        <source>Keep your recovery key first</source>
        <translation>Cadwch eich allwedd adfer yn gyntaf</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="49" />
        <source> and </source>
        <translation> a </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="54" />
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="55" />
        <source>the carer</source>
        <translation>y gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="56" />
        <source>they</source>
        <translation>nhw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="62" />
        <source>May be seen by: %1</source>
        <translation>Gall y rhain ei weld: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="65" />
        <source>. Kept from %1: %2</source>
        <translation>. Wedi’i gadw rhag %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="66" />
        <location filename="../../src/directwork/gui/record/sharing.py" line="83" />
        <source>no reason recorded</source>
        <translation>dim rheswm wedi'i gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="72" />
        <source>(time not known)</source>
        <translation>(amser ddim yn hysbys)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="77" />
        <source>a practitioner on another laptop</source>
        <translation>ymarferydd ar liniadur arall</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="78" />
        <source>%1, kept by %2. %3.</source>
        <translation>%1, wedi'i gadw gan %2. %3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="79" />
        <source>%1, changed by %2. %3.</source>
        <translation>%1, wedi newid gan %2. %3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="82" />
        <source>Why: %1.</source>
        <translation>Pam: %1.</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="198" />
        <source>Who may see this</source>
        <translation>Pwy gaiff weld hyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="213" />
        <source>Keep the change or cancel</source>
        <translation>Cadw'r newid neu ganslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="215" />
        <source>&amp;Keep the change</source>
        <translation>&amp;Cadw’r newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="215" />
        <source>Keep the change</source>
        <translation>Cadw'r newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="217" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SharingEditor</name>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="112" />
        <source>Who may see it now</source>
        <translation>Pwy gaiff ei weld nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="114" />
        <source>%1%2 agreed these may see it:</source>
        <translation>Cytunodd %1%2 y caiff y rhain ei weld:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="122" />
        <source>%1 agreed %2 may see it</source>
        <translation>Cytunodd %1 y caiff %2 ei weld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="132" />
        <location filename="../../src/directwork/gui/record/sharing.py" line="133" />
        <source>Keep these words from %1</source>
        <translation>Cadw'r geiriau hyn rhag %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="137" />
        <source>Why the words are kept from %1</source>
        <translation>Pam mae'r geiriau'n cael eu cadw rhag %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="138" />
        <source>Why %1 should not see their own words</source>
        <translation>Pam na ddylai %1 weld eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="141" />
        <source>Why they are kept:</source>
        <translation>Pam maen nhw'n cael eu cadw:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="145" />
        <source>&amp;Why is who may see it changing? (kept in the history)</source>
        <translation>&amp;Pam mae pwy gaiff ei weld yn newid? (wedi'i gadw yn yr hanes)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="146" />
        <source>Why who may see it is changing</source>
        <translation>Pam mae pwy gaiff ei weld yn newid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="147" />
        <source>e.g. %1 changed their mind</source>
        <translation>e.e. newidiodd %1 eu meddwl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="151" />
        <source>This entry's history, oldest first</source>
        <translation>Hanes y cofnod hwn, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="152" />
        <source>Every version of this entry, oldest first</source>
        <translation>Pob fersiwn o'r cofnod hwn, yr hynaf yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="162" />
        <source>None: this is the first version.</source>
        <translation>Dim: dyma'r fersiwn gyntaf.</translation>
    </message>
</context>
<context>
    <name>SharingWords</name>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="35" />
        <source>me</source>
        <translation>fi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="35" />
        <source>my team</source>
        <translation>fy nhîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="35" />
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="36" />
        <source>carers</source>
        <translation>gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/sharing.py" line="36" />
        <source>other agencies</source>
        <translation>asiantaethau eraill</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <location filename="../../ui/start_visit.ui" line="6" />
        <location filename="../../ui/start_visit.ui" line="10" />
        <source>Start a visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="18" />
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="25" />
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="26" />
        <source>When the visit started</source>
        <translation>Pryd dechreuodd yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="31" />
        <source>W&amp;here</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="39" />
        <source>e.g. at home, at school, in the park</source>
        <translation>e.e. gartref, yn yr ysgol, yn y parc</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="40" />
        <source>Where the visit is</source>
        <translation>Ble mae'r ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="53" />
        <source>Who is &amp;there</source>
        <translation>Pwy sydd &amp;yno</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="61" />
        <source>One name a line, e.g. the child, Mum (Sarah)</source>
        <translation>Un enw ar bob llinell, e.e. y plentyn, Mam (Sarah)</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="63" />
        <source>Who is there, one a line</source>
        <translation>Pwy sydd yno, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="76" />
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="82" />
        <source>Purpose of the visit</source>
        <translation>Diben yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="87" />
        <source>Tools</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="94" />
        <source>Three Houses</source>
        <translation>Y Tri Thŷ</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="96" />
        <source>Use Three Houses</source>
        <translation>Defnyddio'r Tri Thŷ</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="101" />
        <source>Safety scale</source>
        <translation>Graddfa ddiogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="103" />
        <source>Use the safety scale</source>
        <translation>Defnyddio'r raddfa ddiogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="108" />
        <source>Drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="109" />
        <source>Use drawing</source>
        <translation>Defnyddio llun</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="119" />
        <source>Start or cancel</source>
        <translation>Dechrau neu ganslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="23" />
        <source>Start a visit with {name}</source>
        <translation>Dechrau ymweliad: {name}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="30" />
        <source>&amp;Start visit</source>
        <translation>&amp;Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="31" />
        <source>Start visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="33" />
        <location filename="../../src/directwork/gui/visit/start.py" line="34" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="43" />
        <source>Say where the visit is.</source>
        <translation>Dywedwch ble mae'r ymweliad.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="44" />
        <source>Say who is there (one a line).</source>
        <translation>Dywedwch pwy sydd yno (un ar bob llinell).</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="143" />
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="147" />
        <source>Who the summary is for</source>
        <translation>I bwy mae'r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="148" />
        <source>The child: My safety plan</source>
        <translation>Y plentyn: Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="149" />
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="150" />
        <source>Multi-agency plan</source>
        <translation>Cynllun amlasiantaethol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="152" />
        <source>Language of the summary</source>
        <translation>Iaith y crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="153" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="154" />
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="155" />
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="157" />
        <source>Who it is given to</source>
        <translation>I bwy y caiff ei roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="158" />
        <source>&amp;For:</source>
        <translation>&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="159" />
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="160" />
        <source>&amp;Given to:</source>
        <translation>Wedi'i &amp;roi i:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="165" />
        <source>Preview of the summary</source>
        <translation>Rhagolwg o'r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="172" />
        <source>A saved PDF is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation>Nid yw PDF wedi'i gadw wedi'i amgryptio: cadwch ef yn ddiogel, a'i ddileu ar ôl ei argraffu neu ei roi.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="180" />
        <source>How printing or saving went</source>
        <translation>Sut aeth yr argraffu neu'r cadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="183" />
        <source>Ca&amp;ncel print</source>
        <translation>Ca&amp;nslo'r argraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="184" />
        <source>Cancel the print: the summary will not print</source>
        <translation>Canslo'r argraffu: fydd y crynodeb ddim yn argraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="185" />
        <source>Save as PDF &amp;instead…</source>
        <translation>Cadw fel PDF &amp;yn lle hynny…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="186" />
        <source>Save the summary as a PDF file instead of printing it (not encrypted)</source>
        <translation>Cadw'r crynodeb fel ffeil PDF yn lle ei argraffu (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="201" />
        <source>Record that the summary was given</source>
        <translation>Cofnodi bod y crynodeb wedi'i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="209" />
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="209" />
        <location filename="../../src/directwork/gui/summary/preview.py" line="421" />
        <source>Print the summary</source>
        <translation>Argraffu'r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="210" />
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="211" />
        <source>Save the summary as a PDF file (not encrypted)</source>
        <translation>Cadw'r crynodeb fel ffeil PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="212" />
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="212" />
        <source>Close the preview</source>
        <translation>Cau'r rhagolwg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="264" />
        <source>parents and carers</source>
        <translation>rhieni a gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="265" />
        <source>the agencies working with the child</source>
        <translation>yr asiantaethau sy'n gweithio gyda'r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="284" />
        <source>Making the summary…</source>
        <translation>Wrthi'n gwneud y crynodeb…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/preview.py" line="309" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>Tudalennau: %n</numerusform>
            <numerusform>Tudalennau: %n</numerusform>
            <numerusform>Tudalennau: %n</numerusform>
            <numerusform>Tudalennau: %n</numerusform>
            <numerusform>Tudalennau: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="310" />
        <source>The summary could not be shown.</source>
        <translation>Doedd dim modd dangos y crynodeb.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="330" />
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="338" />
        <source>The summary is being made again from the latest records. Print or save it once it shows.</source>
        <translation>Mae'r crynodeb yn cael ei wneud eto o'r cofnodion diweddaraf. Argraffwch neu cadwch ef pan fydd yn ymddangos.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="343" />
        <source>Say who the summary is given to first.</source>
        <translation>Dywedwch i bwy mae'r crynodeb yn cael ei roi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="378" />
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="430" />
        <source>Not printed: printing to a file is not offered. Use Save as PDF, which keeps the file readable by you only.</source>
        <translation>Heb ei argraffu: does dim modd argraffu i ffeil. Defnyddiwch Cadw fel PDF, sy'n cadw'r ffeil yn ddarllenadwy i chi yn unig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/preview.py" line="440" />
        <source>Sent %n page(s) to %1 as pictures of the pages: this computer has no CUPS print system to take the summary's PDF itself. Check what came out of the printer.</source>
        <translation>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o'r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o'r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o'r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o'r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o'r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o'r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o'r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o'r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o'r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o'r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="453" />
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="488" />
        <source>the child or carer</source>
        <translation>y plentyn neu'r gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="491" />
        <source>Once %1 has the printed summary, say so: only then is it recorded as given.</source>
        <translation>Pan fydd gan %1 y crynodeb wedi'i argraffu, dywedwch hynny: dim ond wedyn y caiff ei gofnodi fel un a roddwyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="493" />
        <source>Printed and &amp;handed over</source>
        <translation>Wedi'i argraffu a'i &amp;roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="496" />
        <source>Once %1 has the saved summary, say so: only then is it recorded as given.</source>
        <translation>Pan fydd gan %1 y crynodeb a gadwyd, dywedwch hynny: dim ond wedyn y caiff ei gofnodi fel un a roddwyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="498" />
        <source>Saved and &amp;given</source>
        <translation>Wedi'i gadw a'i &amp;roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="520" />
        <source>printed and handed over</source>
        <translation>wedi'i argraffu a'i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="521" />
        <source>saved and given</source>
        <translation>wedi'i gadw a'i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="524" />
        <source>Recorded as given to %1 (%2) on %3.</source>
        <translation>Cofnodwyd fel un a roddwyd i: %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="529" />
        <source>Not recorded: %1</source>
        <translation>Heb ei gofnodi: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="457" />
        <source>Save the summary as a PDF (it will not be encrypted)</source>
        <translation>Cadw'r crynodeb fel PDF (fydd e ddim wedi'i amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="458" />
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="467" />
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="471" />
        <source>Saved to %1. It is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation>Wedi'i gadw yn %1. Dydy e ddim wedi'i amgryptio: cadwch ef yn ddiogel, a'i ddileu ar ôl iddo gael ei argraffu neu ei roi.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="58" />
        <source>Not connected to a team hub</source>
        <translation>Heb gysylltu â hyb tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="59" />
        <source>Hub not reachable, working offline — nothing is lost</source>
        <translation>Methu cyrraedd yr hyb, yn gweithio all-lein — does dim yn cael ei golli</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="60" />
        <source>This laptop's access to the team hub has been withdrawn</source>
        <translation>Mae mynediad y gliniadur hwn i hyb y tîm wedi'i dynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="88" />
        <source>%n change(s) waiting</source>
        <translation>%n newid yn aros</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="95" />
        <source>Last synced %1</source>
        <translation>Cysonwyd ddiwethaf %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="97" />
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="101" />
        <source>needing attention: %n</source>
        <translation>angen sylw: %n</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="133" />
        <source>Sync progress</source>
        <translation>Cynnydd cysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="177" />
        <source>S&amp;ync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="179" />
        <source>&amp;Sync now</source>
        <translation>&amp;Cysoni nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="180" />
        <source>Send this laptop's changes to the team hub and fetch the team's</source>
        <translation>Anfon newidiadau'r gliniadur hwn i hyb y tîm a nôl rhai'r tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="182" />
        <source>&amp;Connect to team hub…</source>
        <translation>Cysylltu â &amp;hyb y tîm…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="183" />
        <source>Join this laptop to the team's hub with a one-time code</source>
        <translation>Ymuno'r gliniadur hwn â hyb y tîm gyda chod untro</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="185" />
        <source>&amp;Needs attention…</source>
        <translation>&amp;Angen sylw…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="186" />
        <source>Records changed in two places, and changes the hub refused</source>
        <translation>Cofnodion a newidiwyd mewn dau le, a newidiadau a wrthodwyd gan yr hyb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="274" />
        <location filename="../../src/directwork/gui/sync/panel.py" line="290" />
        <source>Syncing with the team hub…</source>
        <translation>Wrthi'n cysoni â hyb y tîm…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="285" />
        <source>Sending changes to the team hub… %1 of %2</source>
        <translation>Wrthi'n anfon newidiadau i hyb y tîm… %1 o %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="289" />
        <source>Fetching the team's changes…</source>
        <translation>Wrthi'n nôl newidiadau'r tîm…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="314" />
        <source>The hub refused %n change(s): %1</source>
        <translation>Gwrthododd yr hyb %n newid: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="336" />
        <location filename="../../src/directwork/gui/sync/panel.py" line="338" />
        <source>Sync stopped: %1</source>
        <translation>Stopiodd y cysoni: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/sync/panel.py" line="372" />
        <source>Access withdrawn: this laptop's records were wiped</source>
        <translation>Mynediad wedi'i dynnu'n ôl: cafodd cofnodion y gliniadur hwn eu dileu</translation>
    </message>
</context>
<context>
    <name>TeamContextPage</name>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="57" />
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="58" />
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="59" />
        <source>Done</source>
        <translation>Wedi gwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="60" />
        <source>Dropped</source>
        <translation>Wedi rhoi’r gorau iddo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="88" />
        <source>How the action stands</source>
        <translation>Sut mae'r cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="121" />
        <location filename="../../src/directwork/gui/team/context_page.py" line="125" />
        <location filename="../../src/directwork/gui/team/context_page.py" line="253" />
        <source>Team context</source>
        <translation>Cyd-destun tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="130" />
        <source>&amp;Back to team links</source>
        <translation>&amp;Yn ôl i gysylltiadau'r tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="131" />
        <source>Back to the team links page</source>
        <translation>Yn ôl i dudalen cysylltiadau'r tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="133" />
        <source>Summary for the &amp;panel…</source>
        <translation>Crynodeb ar gyfer y &amp;panel…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="134" />
        <source>Make the context summary PDF for the exploitation panel</source>
        <translation>Gwneud PDF crynodeb y cyd-destun ar gyfer y panel camfanteisio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="146" />
        <source>Children linked, and what their records say of it</source>
        <translation>Plant cysylltiedig, a beth mae eu cofnodion yn ei ddweud amdano</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="149" />
        <source>Children linked to this place or group</source>
        <translation>Plant sydd wedi'u cysylltu â'r lle neu'r grŵp hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="150" />
        <source>Each child, their practitioner, and what their record says of the place, as far as its sharing allows</source>
        <translation>Pob plentyn, eu hymarferydd, a beth mae eu cofnod yn ei ddweud am y lle, cyn belled ag y mae ei rannu'n caniatáu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="152" />
        <source>Child (practitioner)</source>
        <translation>Plentyn (ymarferydd)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="152" />
        <source>As written</source>
        <translation>Fel y'i hysgrifennwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="153" />
        <source>Dates seen</source>
        <translation>Dyddiadau a welwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="162" />
        <source>Context plan: who does what about the place or group</source>
        <translation>Cynllun cyd-destun: pwy sy'n gwneud beth am y lle neu'r grŵp</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="165" />
        <source>Context plan</source>
        <translation>Cynllun cyd-destun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="166" />
        <source>Each action: what, who, their agency, by when, and how it stands</source>
        <translation>Pob cam gweithredu: beth, pwy, eu hasiantaeth, erbyn pryd, a sut mae'n sefyll</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="168" />
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="168" />
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="168" />
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="169" />
        <source>By (dd/mm/yyyy)</source>
        <translation>Erbyn (dd/mm/bbbb)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="169" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="180" />
        <source>&amp;Add an action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="181" />
        <source>Add an action to the context plan</source>
        <translation>Ychwanegu cam gweithredu at y cynllun cyd-destun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="183" />
        <source>&amp;Remove the action</source>
        <translation>&amp;Tynnu'r cam gweithredu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="184" />
        <source>Remove the chosen action from the plan</source>
        <translation>Tynnu'r cam gweithredu a ddewiswyd o'r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="186" />
        <source>Ne&amp;xt review:</source>
        <translation>&amp;Adolygiad nesaf:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="187" />
        <source>Next review of the plan, dd/mm/yyyy</source>
        <translation>Adolygiad nesaf y cynllun, dd/mm/bbbb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="191" />
        <source>&amp;Save the plan</source>
        <translation>&amp;Cadw'r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="192" />
        <source>Save the context plan</source>
        <translation>Cadw'r cynllun cyd-destun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="204" />
        <source>Revie&amp;w found:</source>
        <translation>Canfu'r a&amp;dolygiad:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="205" />
        <source>What the review of the plan found</source>
        <translation>Beth a ganfu adolygiad y cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="206" />
        <source>for example: patrols started; two children no longer seen there</source>
        <translation>er enghraifft: dechreuodd patrolau; nid yw dau blentyn yn cael eu gweld yno mwyach</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="209" />
        <source>Rec&amp;ord the review</source>
        <translation>C&amp;ofnodi'r adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="210" />
        <source>Record the review, with the next review date</source>
        <translation>Cofnodi'r adolygiad, gyda dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="254" />
        <source>Team contexts are for team managers. This laptop shows your own caseload only.</source>
        <translation>Mae cyd-destunau tîm ar gyfer rheolwyr tîm. Mae'r gliniadur hwn yn dangos eich llwyth achosion eich hun yn unig.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="259" />
        <source>Team context: {title}</source>
        <translation>Cyd-destun tîm: {title}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="260" />
        <source>{children} children linked. Only what each entry's sharing lets the team see is shown. Nothing here is ever given to a child or carer.</source>
        <translation>{children} o blant wedi'u cysylltu. Dim ond yr hyn y mae rhannu pob cofnod yn gadael i'r tîm ei weld sy'n cael ei ddangos. Nid oes dim yma byth yn cael ei roi i blentyn na gofalwr.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="266" />
        <source>Two laptops changed this plan: saving keeps this version.</source>
        <translation>Newidiodd dau liniadur y cynllun hwn: mae cadw yn cadw'r fersiwn hon.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="277" />
        <source>Reviewed {day} by {who}: {what}</source>
        <translation>Adolygwyd {day} gan {who}: {what}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="289" />
        <source>Concerns: {words}</source>
        <translation>Pryderon: {words}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="291" />
        <source>Strengths: {words}</source>
        <translation>Cryfderau: {words}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="293" />
        <source>visit note</source>
        <translation>nodyn ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="294" />
        <source>said by {who}</source>
        <translation>dywedwyd gan {who}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="295" />
        <source>the child</source>
        <translation>y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="296" />
        <source>a carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="297" />
        <source>someone else</source>
        <translation>rhywun arall</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="300" />
        <source>Entries kept from the team by their sharing that also name this place: {n}. Ask {who}.</source>
        <translation>Cofnodion a gadwyd rhag y tîm gan eu rhannu sydd hefyd yn enwi'r lle hwn: {n}. Gofynnwch i {who}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="304" />
        <source>Nothing more on this child's record that the team may see.</source>
        <translation>Dim byd arall ar gofnod y plentyn hwn y caiff y tîm ei weld.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="346" />
        <source>Action {n}: write the date as dd/mm/yyyy.</source>
        <translation>Cam gweithredu {n}: ysgrifennwch y dyddiad fel dd/mm/bbbb.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="368" />
        <location filename="../../src/directwork/gui/team/context_page.py" line="383" />
        <source>Write the next review's date as dd/mm/yyyy.</source>
        <translation>Ysgrifennwch ddyddiad yr adolygiad nesaf fel dd/mm/bbbb.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/context_page.py" line="392" />
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="38" />
        <source>Place or group</source>
        <translation>Lle neu grŵp</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="39" />
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="40" />
        <source>The team view is for team managers. This laptop shows your own caseload only. If you manage a team, ask the hub's administrator to mark you as a manager, then sync.</source>
        <translation>Mae golwg y tîm ar gyfer rheolwyr tîm. Mae'r gliniadur hwn yn dangos eich llwyth achosion eich hun yn unig. Os ydych chi'n rheoli tîm, gofynnwch i weinyddwr yr hyb eich marcio fel rheolwr, yna cysonwch.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="43" />
        <source>Suggestions only: nothing is linked until you confirm it, and what you decide is kept with your name and your reason. Nothing on this page is ever printed for a child or carer.</source>
        <translation>Awgrymiadau yn unig: does dim yn cael ei gysylltu nes i chi ei gadarnhau, ac mae'r hyn a benderfynwch yn cael ei gadw gyda'ch enw a'ch rheswm. Nid oes dim ar y dudalen hon byth yn cael ei argraffu i blentyn na gofalwr.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="70" />
        <location filename="../../src/directwork/gui/team/page.py" line="80" />
        <source>Team links</source>
        <translation>Cysylltiadau'r tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="72" />
        <source>Team: links across the team's children</source>
        <translation>Tîm: cysylltiadau ar draws plant y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="86" />
        <source>Suggested links</source>
        <translation>Cysylltiadau a awgrymir</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="87" />
        <source>Records on two children's files that are probably the same</source>
        <translation>Cofnodion ar ffeiliau dau blentyn sydd fwy na thebyg yr un peth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="88" />
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="88" />
        <source>On one child's record</source>
        <translation>Ar gofnod un plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="89" />
        <source>On another child's record</source>
        <translation>Ar gofnod plentyn arall</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="90" />
        <source>Why suggested</source>
        <translation>Pam yr awgrymwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="104" />
        <source>&amp;Why (kept with your name):</source>
        <translation>&amp;Pam (wedi'i gadw gyda'ch enw):</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="105" />
        <source>Why you decide so</source>
        <translation>Pam rydych chi'n penderfynu hynny</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="106" />
        <source>for example: the same lock-up garages, checked with both workers</source>
        <translation>er enghraifft: yr un garejys cloi, wedi'u gwirio gyda'r ddau weithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="110" />
        <source>&amp;Confirm: the same</source>
        <translation>&amp;Cadarnhau: yr un peth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="111" />
        <source>Confirm the link</source>
        <translation>Cadarnhau'r cysylltiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="112" />
        <source>&amp;Not the same</source>
        <translation>&amp;Ddim yr un peth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="113" />
        <source>Reject the suggestion</source>
        <translation>Gwrthod yr awgrym</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="126" />
        <source>&amp;Suggestions</source>
        <translation>&amp;Awgrymiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="131" />
        <source>Linked children</source>
        <translation>Plant cysylltiedig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="132" />
        <source>Places, groups and people confirmed as the same, and the children whose records name them</source>
        <translation>Lleoedd, grwpiau a phobl a gadarnhawyd yn un, a'r plant y mae eu cofnodion yn eu henwi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="134" />
        <source>Linked</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="134" />
        <source>Child (practitioner)</source>
        <translation>Plentyn (ymarferydd)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="142" />
        <source>Na&amp;me for the team:</source>
        <translation>&amp;Enw i'r tîm:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="143" />
        <source>Name of the team context</source>
        <translation>Enw'r cyd-destun tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="144" />
        <source>for example: Heol Fawr garages</source>
        <translation>er enghraifft: garejys Heol Fawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="148" />
        <source>Make a team &amp;context</source>
        <translation>Gwneud &amp;cyd-destun tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="149" />
        <source>Make the chosen place or group a team context, with its own page and plan</source>
        <translation>Gwneud y lle neu'r grŵp a ddewiswyd yn gyd-destun tîm, gyda'i dudalen a'i gynllun ei hun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="151" />
        <source>&amp;Open the team context</source>
        <translation>&amp;Agor y cyd-destun tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="152" />
        <source>Open the chosen team context's page</source>
        <translation>Agor tudalen y cyd-destun tîm a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="163" />
        <source>&amp;Linked children</source>
        <translation>Plant &amp;cysylltiedig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="191" />
        <source>{children} children on this laptop · {suggested} suggested · {linked} linked · {rejected} rejected</source>
        <translation>{children} o blant ar y gliniadur hwn · {suggested} wedi'u hawgrymu · {linked} wedi'u cysylltu · {rejected} wedi'u gwrthod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="196" />
        <source>{n} decided differently on two laptops</source>
        <translation>{n} wedi'u penderfynu'n wahanol ar ddau liniadur</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="201" />
        <source>&amp;Suggestions ({n})</source>
        <translation>&amp;Awgrymiadau ({n})</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="203" />
        <source>&amp;Linked children ({n})</source>
        <translation>Plant &amp;cysylltiedig ({n})</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="209" />
        <source>Decided differently</source>
        <translation>Wedi penderfynu'n wahanol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="211" />
        <source>Two laptops decided differently: {verdicts}. Not linked until you decide again.</source>
        <translation>Penderfynodd dau liniadur yn wahanol: {verdicts}. Heb gysylltu nes i chi benderfynu eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="216" />
        <location filename="../../src/directwork/gui/team/page.py" line="254" />
        <source>of concern</source>
        <translation>sy'n peri pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="247" />
        <source> — team context</source>
        <translation> — cyd-destun tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/page.py" line="250" />
        <source>{n} children</source>
        <translation>{n} o blant</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="29" />
        <source>Key moments</source>
        <translation>Eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="30" />
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="31" />
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="196" />
        <source>Timeline of key moments, reviews and concerns</source>
        <translation>Llinell amser eiliadau allweddol, adolygiadau a phryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="206" />
        <source>No key moments, reviews or concerns yet</source>
        <translation>Dim eiliadau allweddol, adolygiadau na phryderon eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/charts.py" line="228" />
        <source>today</source>
        <translation>heddiw</translation>
    </message>
</context>
<context>
    <name>ToldRow</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="149" />
        <source>When you told %1</source>
        <translation>Pryd y dywedoch chi wrth %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="150" />
        <source>Who at %1 (name or reference)</source>
        <translation>Pwy yn %1 (enw neu gyfeirnod)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="151" />
        <source>name, or a reference</source>
        <translation>enw, neu gyfeirnod</translation>
    </message>
</context>
<context>
    <name>TranscriptDialog</name>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="34" />
        <source>Type what was said</source>
        <translation>Teipio'r hyn a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="40" />
        <source>%1's recording, %2 s. Play it, then type their words as they said them.</source>
        <translation>Recordiad %1, %2 eiliad. Chwaraewch ef, yna teipiwch eu geiriau fel y dywedon nhw nhw.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="42" />
        <source>&amp;Play</source>
        <translation>&amp;Chwarae</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="42" />
        <source>Play the recording</source>
        <translation>Chwarae'r recordiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="44" />
        <source>S&amp;top</source>
        <translation>&amp;Stopio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="44" />
        <source>Stop playing</source>
        <translation>Stopio chwarae</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="52" />
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="53" />
        <source>Their words, as they said them</source>
        <translation>Eu geiriau, fel y dywedon nhw nhw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="67" />
        <source>This recording cannot be played.</source>
        <translation>Ni ellir chwarae'r recordiad hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/transcript.py" line="76" />
        <source>Type their words first, or Cancel.</source>
        <translation>Teipiwch eu geiriau yn gyntaf, neu Canslo.</translation>
    </message>
</context>
<context>
    <name>TeamMap</name>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="93"/>
        <source>Any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="94"/>
        <source>Last 4 weeks</source>
        <translation>Y 4 wythnos diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="95"/>
        <source>Last 3 months</source>
        <translation>Y 3 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="96"/>
        <source>Last 12 months</source>
        <translation>Y 12 mis diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="99"/>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="101"/>
        <location filename="../../src/directwork/gui/team/map.py" line="390"/>
        <source>Places and groups</source>
        <translation>Lleoedd a grwpiau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="102"/>
        <source>Places</source>
        <translation>Lleoedd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="103"/>
        <source>Peer groups</source>
        <translation>Grwpiau cyfoedion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="104"/>
        <source>Online spaces</source>
        <translation>Mannau ar-lein</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="105"/>
        <source>Schools</source>
        <translation>Ysgolion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="106"/>
        <location filename="../../src/directwork/gui/team/map.py" line="389"/>
        <source>Adults</source>
        <translation>Oedolion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="109"/>
        <source>Any</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="110"/>
        <source>Of concern</source>
        <translation>Yn destun pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="111"/>
        <source>High or very high</source>
        <translation>Uchel neu uchel iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="112"/>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="115"/>
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="116"/>
        <source>peer group</source>
        <translation>grŵp cyfoedion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="117"/>
        <source>online space</source>
        <translation>man ar-lein</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="118"/>
        <source>school</source>
        <translation>ysgol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="119"/>
        <source>adult</source>
        <translation>oedolyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="122"/>
        <source>level low</source>
        <translation>lefel isel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="123"/>
        <source>level medium</source>
        <translation>lefel canolig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="124"/>
        <source>level high</source>
        <translation>lefel uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="125"/>
        <source>level very high</source>
        <translation>lefel uchel iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="127"/>
        <source>The team map is for team managers. This laptop shows your own caseload only. If you manage a team, ask the hub&apos;s administrator to mark you as a manager, then sync.</source>
        <translation>Mae map y tîm ar gyfer rheolwyr tîm. Mae'r gliniadur hwn yn dangos eich llwyth achosion chi yn unig. Os ydych chi'n rheoli tîm, gofynnwch i weinyddwr yr hyb eich nodi fel rheolwr, yna cysonwch.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="155"/>
        <source>{sort} of concern</source>
        <translation>{sort} sy'n destun pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="156"/>
        <source>{sort}, worries written</source>
        <translation>{sort}, pryderon wedi'u hysgrifennu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="167"/>
        <source>{head} — suggested, not yet confirmed, for {count} children: {names}.</source>
        <translation>{head} — awgrymwyd, heb ei gadarnhau eto, ar gyfer {count} o blant: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="171"/>
        <source>{head} — linked to {count} children: {names}.</source>
        <translation>{head} — wedi'i gysylltu â {count} o blant: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="174"/>
        <source>Suggested for {count} more: {names}.</source>
        <translation>Awgrymwyd ar gyfer {count} arall: {names}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="177"/>
        <source>Also written as {names}.</source>
        <translation>Wedi'i ysgrifennu hefyd fel {names}.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="186"/>
        <source>{child} ({practitioner}) — linked {date} by {who}; written “{written}”.</source>
        <translation>{child} ({practitioner}) — cysylltwyd {date} gan {who}; ysgrifennwyd “{written}”.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="189"/>
        <source>a manager</source>
        <translation>rheolwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="190"/>
        <source>{child} ({practitioner}) — suggested; written “{written}”.</source>
        <translation>{child} ({practitioner}) — awgrymwyd; ysgrifennwyd “{written}”.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="206"/>
        <source>linked to {count}: {names}</source>
        <translation>wedi'i gysylltu â {count}: {names}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="209"/>
        <source>suggested for {count}: {names}</source>
        <translation>awgrymwyd ar gyfer {count}: {names}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="328"/>
        <location filename="../../src/directwork/gui/team/map.py" line="380"/>
        <source>suggested</source>
        <translation>awgrymwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="378"/>
        <source>linked (confirmed)</source>
        <translation>wedi'i gysylltu (cadarnhawyd)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="382"/>
        <source>red dashed border: of concern</source>
        <translation>ymyl goch doredig: yn destun pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="389"/>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="583"/>
        <source>Team map</source>
        <translation>Map y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="589"/>
        <source>Team map: children, places and adults joined by links</source>
        <translation>Map y tîm: plant, lleoedd ac oedolion wedi'u cysylltu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="603"/>
        <source>&amp;When linked:</source>
        <translation>&amp;Pryd y cysylltwyd:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="604"/>
        <source>&amp;Kind:</source>
        <translation>Ma&amp;th:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="605"/>
        <source>Level of &amp;concern:</source>
        <translation>&amp;Lefel pryder:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="606"/>
        <source>Of concern: adults marked of concern, and places with worries written. High or very high: children whose safety and wellbeing level is high or very high.</source>
        <translation>Yn destun pryder: oedolion sydd wedi'u nodi'n destun pryder, a lleoedd â phryderon wedi'u hysgrifennu. Uchel neu uchel iawn: plant y mae eu lefel diogelwch a lles yn uchel neu'n uchel iawn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="611"/>
        <source>Show s&amp;uggested links</source>
        <translation>Dangos cysylltiadau a a&amp;wgrymwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="612"/>
        <source>Show suggested links, dashed: not yet confirmed</source>
        <translation>Dangos cysylltiadau a awgrymwyd, â llinell doredig: heb eu cadarnhau eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="620"/>
        <source>Map and timeline</source>
        <translation>Map a llinell amser</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="628"/>
        <source>Team map drawing: Tab or Down moves from box to box, Right follows a box&apos;s lines, Return opens</source>
        <translation>Llun map y tîm: mae Tab neu Lawr yn symud o flwch i flwch, mae De yn dilyn llinellau blwch, mae Return yn agor</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="635"/>
        <source>Team map in words: each place or adult and the children linked to it</source>
        <translation>Map y tîm mewn geiriau: pob lle neu oedolyn a'r plant sydd wedi'u cysylltu ag ef</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="646"/>
        <source>&amp;Open</source>
        <translation>Ag&amp;or</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="647"/>
        <source>Open the chosen child&apos;s record, or the chosen place or adult</source>
        <translation>Agor cofnod y plentyn a ddewiswyd, neu'r lle neu'r oedolyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="658"/>
        <source>&amp;Map</source>
        <translation>M&amp;ap</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="662"/>
        <source>T&amp;imeline</source>
        <translation>Lli&amp;nell amser</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="776"/>
        <source>{children} children, {linked} places and adults linked, {suggested} suggested.</source>
        <translation>{children} o blant, {linked} o leoedd ac oedolion wedi'u cysylltu, {suggested} wedi'u hawgrymu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="783"/>
        <source>{children} children, {linked} places and adults linked; {hidden} suggested, not shown.</source>
        <translation>{children} o blant, {linked} o leoedd ac oedolion wedi'u cysylltu; {hidden} wedi'u hawgrymu, heb eu dangos.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="787"/>
        <source>Nothing on the map with these filters: choose wider ones above.</source>
        <translation>Dim byd ar y map gyda'r hidlwyr hyn: dewiswch rai ehangach uchod.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="790"/>
        <source>No links yet: confirm suggestions on the Team links page, and they show here.</source>
        <translation>Dim cysylltiadau eto: cadarnhewch awgrymiadau ar dudalen Cysylltiadau'r tîm, a byddant yn ymddangos yma.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="792"/>
        <source>Nothing on this page is ever printed for a child or carer.</source>
        <translation>Nid oes dim ar y dudalen hon byth yn cael ei argraffu i blentyn neu ofalwr.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/map.py" line="856"/>
        <source>Choose a box on the map, or a line in the list, to hear what it joins.</source>
        <translation>Dewiswch flwch ar y map, neu linell yn y rhestr, i glywed beth mae'n ei gysylltu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/hooks.py" line="52"/>
        <source>&amp;Team links</source>
        <translation>Cysylltiadau'r &amp;tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/hooks.py" line="53"/>
        <source>Team links: places, groups and people shared by the team&apos;s children (team managers)</source>
        <translation>Cysylltiadau'r tîm: lleoedd, grwpiau a phobl a rennir gan blant y tîm (rheolwyr tîm)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/hooks.py" line="119"/>
        <source>Team &amp;map</source>
        <translation>&amp;Map y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/hooks.py" line="120"/>
        <source>Team map: the team&apos;s children joined by shared places, groups and adults, and when each was linked (team managers)</source>
        <translation>Map y tîm: plant y tîm wedi'u cysylltu gan leoedd, grwpiau ac oedolion a rennir, a phryd y cysylltwyd pob un (rheolwyr tîm)</translation>
    </message>
</context>
<context>
    <name>TeamTimeline</name>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="58"/>
        <source>Jan</source>
        <translation>Ion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="59"/>
        <source>Feb</source>
        <translation>Chwef</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="60"/>
        <source>Mar</source>
        <translation>Maw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="61"/>
        <source>Apr</source>
        <translation>Ebr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="62"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="63"/>
        <source>Jun</source>
        <translation>Meh</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="64"/>
        <source>Jul</source>
        <translation>Gorff</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="65"/>
        <source>Aug</source>
        <translation>Awst</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="66"/>
        <source>Sep</source>
        <translation>Medi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="67"/>
        <source>Oct</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="68"/>
        <source>Nov</source>
        <translation>Tach</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="69"/>
        <source>Dec</source>
        <translation>Rhag</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="81"/>
        <source>an unknown day</source>
        <translation>diwrnod anhysbys</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="101"/>
        <source>{date} — {child} linked, by {who}; written “{written}”.</source>
        <translation>{date} — cysylltwyd {child}, gan {who}; ysgrifennwyd “{written}”.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="104"/>
        <source>a manager</source>
        <translation>rheolwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="170"/>
        <source>No child has been linked yet with these filters.</source>
        <translation>Nid oes plentyn wedi'i gysylltu eto gyda'r hidlwyr hyn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="200"/>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="270"/>
        <source>Timeline drawing: when each child was linked; the list beside says the same</source>
        <translation>Llun y llinell amser: pryd y cysylltwyd pob plentyn; mae'r rhestr wrth ei ochr yn dweud yr un peth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="275"/>
        <source>Timeline in words: each place or adult, and when each child was linked to it</source>
        <translation>Llinell amser mewn geiriau: pob lle neu oedolyn, a phryd y cysylltwyd pob plentyn ag ef</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/timeline.py" line="298"/>
        <source>{place}: {count} children linked</source>
        <translation>{place}: {count} o blant wedi'u cysylltu</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="69" />
        <source>When the last backup was made</source>
        <translation>Pryd gwnaed y copi wrth gefn diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="72" />
        <source>Res&amp;tore from a backup…</source>
        <translation>Adfer o gopi wrth gef&amp;n…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="73" />
        <source>Restore the records from a backup</source>
        <translation>Adfer y cofnodion o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="97" />
        <source>No backup has been made on this laptop yet.</source>
        <translation>Does dim copi wrth gefn wedi'i wneud ar y gliniadur hwn eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="98" />
        <source>Last backup made {when} ({kept} kept on this laptop).</source>
        <translation>Gwnaed y copi wrth gefn diwethaf {when} ({kept} wedi'u cadw ar y gliniadur hwn).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="117" />
        <source>Records of %1, on this laptop.</source>
        <translation>Cofnodion %1, ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="118" />
        <source>Records on this laptop.</source>
        <translation>Cofnodion ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="146" />
        <source>Type your passphrase.</source>
        <translation>Teipiwch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="148" />
        <location filename="../../src/directwork/gui/shell/unlock.py" line="176" />
        <source>Checking…</source>
        <translation>Wrthi’n gwirio…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="167" />
        <source>Type the recovery key.</source>
        <translation>Teipiwch yr allwedd adfer.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="174" />
        <source>The two new passphrases are not the same.</source>
        <translation>Nid yw'r ddau gyfrinymadrodd newydd yr un peth.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="54" />
        <location filename="../../ui/unlock.ui" line="6" />
        <source>Unlock directwork</source>
        <translation>Datgloi directwork</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="10" />
        <source>Unlock your records</source>
        <translation>Datgloi eich cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="27" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="34" />
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="53" />
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Wedi anghofio'r cyfrinymadrodd?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="54" />
        <source>Forgot passphrase: use the recovery key</source>
        <translation>Wedi anghofio'r cyfrinymadrodd: defnyddio'r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="63" />
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="64" />
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="77" />
        <source>Type the recovery key you printed or saved when this laptop was set up, then choose a new passphrase.</source>
        <translation>Teipiwch yr allwedd adfer a argraffwyd neu a gadwyd gennych pan osodwyd y gliniadur hwn, yna dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="84" />
        <source>&amp;Recovery key</source>
        <translation>Allwedd &amp;adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="90" />
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="95" />
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="102" />
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="107" />
        <source>New passphrase &amp;again</source>
        <translation>Cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="114" />
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="128" />
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="129" />
        <source>Back to passphrase</source>
        <translation>Yn ôl i'r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="138" />
        <source>&amp;Set new passphrase and unlock</source>
        <translation>&amp;Gosod cyfrinymadrodd newydd a datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="139" />
        <source>Set new passphrase and unlock</source>
        <translation>Gosod cyfrinymadrodd newydd a datgloi</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="14" />
        <source>child</source>
        <translation>plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="14" />
        <source>carer</source>
        <translation>gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="15" />
        <source>other</source>
        <translation>arall</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="15" />
        <source>family</source>
        <translation>teulu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="16" />
        <source>friend</source>
        <translation>ffrind</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="16" />
        <source>professional</source>
        <translation>gweithiwr proffesiynol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="18" />
        <source>worries</source>
        <translation>pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="18" />
        <source>good things</source>
        <translation>pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="19" />
        <source>dreams</source>
        <translation>breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="19" />
        <source>feelings</source>
        <translation>teimladau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="20" />
        <source>want to happen</source>
        <translation>eisiau iddo ddigwydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="20" />
        <source>safety scale</source>
        <translation>graddfa diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="22" />
        <source>said</source>
        <translation>wedi dweud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="22" />
        <source>typed by child</source>
        <translation>wedi'i deipio gan y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="23" />
        <source>drawn</source>
        <translation>wedi'i dynnu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="23" />
        <source>written by worker</source>
        <translation>wedi'i ysgrifennu gan y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="25" />
        <source>trusted</source>
        <translation>yn ymddiried</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="25" />
        <source>not sure</source>
        <translation>ddim yn siŵr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="26" />
        <source>worried</source>
        <translation>yn poeni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="28" />
        <source>place</source>
        <translation>lle</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="28" />
        <source>peer group</source>
        <translation>grŵp cyfoedion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="29" />
        <source>online</source>
        <translation>ar-lein</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="29" />
        <source>school</source>
        <translation>ysgol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="31" />
        <source>scheduled</source>
        <translation>wedi'i drefnu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="31" />
        <source>key moment</source>
        <translation>eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="32" />
        <source>significant change</source>
        <translation>newid sylweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="34" />
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="34" />
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="35" />
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="35" />
        <source>immediate</source>
        <translation>uniongyrchol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="36" />
        <source>open</source>
        <translation>agored</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="36" />
        <source>closed</source>
        <translation>wedi'i gau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="38" />
        <source>exclusion</source>
        <translation>gwahardd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="38" />
        <source>missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="39" />
        <source>placement move</source>
        <translation>symud lleoliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="39" />
        <source>address move</source>
        <translation>symud cyfeiriad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="40" />
        <source>arrest</source>
        <translation>arestio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="40" />
        <source>court</source>
        <translation>llys</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="41" />
        <source>disclosure</source>
        <translation>datgelu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="41" />
        <source>bereavement</source>
        <translation>profedigaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="42" />
        <source>release from custody</source>
        <translation>rhyddhau o'r ddalfa</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="43" />
        <source>transition to adult</source>
        <translation>symud i wasanaethau oedolion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="45" />
        <source>child protection</source>
        <translation>amddiffyn plant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="45" />
        <source>child in need</source>
        <translation>plentyn mewn angen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="46" />
        <source>looked after</source>
        <translation>derbyn gofal</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="46" />
        <source>ehcp</source>
        <translation>ehcp</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="47" />
        <source>mace</source>
        <translation>mace</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="47" />
        <source>youth justice</source>
        <translation>cyfiawnder ieuenctid</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="48" />
        <source>health</source>
        <translation>iechyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="50" />
        <source>saved on this laptop</source>
        <translation>wedi'i gadw ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="51" />
        <source>waiting to sync</source>
        <translation>yn aros i gysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="52" />
        <source>on the team hub</source>
        <translation>ar hyb y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/common/values.py" line="53" />
        <source>needs attention</source>
        <translation>angen sylw</translation>
    </message>
</context>
<context>
    <name>VoicesWords</name>
    <message>
        <location filename="../../src/directwork/gui/shell/voices.py" line="22" />
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/voices.py" line="22" />
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
</context>
<context>
    <name>WorryRow</name>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="107" />
        <source>worry</source>
        <translation>pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="112" />
        <location filename="../../src/directwork/gui/plan/sections.py" line="141" />
        <source>Worry %1</source>
        <translation>Pryder %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="113" />
        <source>Worry %1: what we are worried about</source>
        <translation>Pryder %1: beth sy'n ein poeni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="114" />
        <source>what we are worried about, in plain words</source>
        <translation>beth sy'n ein poeni, mewn geiriau plaen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="115" />
        <source>disputed</source>
        <translation>yn cael ei wrthod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="115" />
        <source>Worry %1 is disputed</source>
        <translation>Mae pryder %1 yn cael ei wrthod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="116" />
        <source>Someone in the family does not agree with this worry.</source>
        <translation>Nid yw rhywun yn y teulu'n cytuno â'r pryder hwn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="118" />
        <source>Worry %1: disputed by</source>
        <translation>Pryder %1: wedi'i wrthod gan</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="118" />
        <source>by whom</source>
        <translation>gan bwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="119" />
        <source>Safety goal for worry %1</source>
        <translation>Nod diogelwch ar gyfer pryder %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="120" />
        <source>safety goal: what safe looks like</source>
        <translation>nod diogelwch: sut olwg sydd ar ddiogel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="121" />
        <source>How long the goal must last, worry %1</source>
        <translation>Am ba hyd mae'n rhaid i'r nod bara, pryder %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="122" />
        <source>for how long</source>
        <translation>am ba hyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="125" />
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="127" />
        <source>Lasting</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/sections.py" line="132" />
        <source>Keep worry %1 from the child and carers</source>
        <translation>Cadw pryder %1 rhag y plentyn a'r gofalwyr</translation>
    </message>
</context>
</TS>
