<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name></name>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="27"/>
        <source>it is out of paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="28"/>
        <source>paper is stuck in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="29"/>
        <source>it is switched off, or not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="30"/>
        <source>a door or cover on it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="31"/>
        <source>it is out of ink or toner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="32"/>
        <source>its queue is not accepting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="33"/>
        <source>its queue was stopped on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="34"/>
        <source>it reports a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="40"/>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="96"/>
        <source>it did not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="43"/>
        <source>(the printer says: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="57"/>
        <source>This printer cannot print PDF documents: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="59"/>
        <source>Not accepting jobs: %1. Choose another printer, or ask whoever looks after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="62"/>
        <source>Stopped: %1. A summary sent now waits until this is put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="66"/>
        <source>Ready, but it last reported that %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="68"/>
        <source>Ready (printing something else now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="69"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="76"/>
        <source>Printed: %n page(s) went to %1. Collect them from the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="79"/>
        <source>Printing on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="81"/>
        <source>Waiting: the summary is in the queue for %1 and prints when the printer is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="84"/>
        <source>Stopped: %1 is not printing because %2. The summary waits in its queue and prints once this is put right; or cancel it (closing this window cancels it too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="89"/>
        <source>Held: the print system is holding the summary for %1 (%2). Cancel it, or ask whoever looks after the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="93"/>
        <source>Not printed: the job was cancelled at the print system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="95"/>
        <source>Not printed: the print system gave up on it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="97"/>
        <source>Not printed: %1 is no longer set up, or the print system lost the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="104"/>
        <source>No printer can be reached: the print system on this laptop is not running or not answering. Nothing was printed. You can save the summary as a PDF instead (it will not be encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="108"/>
        <source>Not printed: %1 is not accepting jobs (its queue was set to refuse them). Choose another printer, or save the summary as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="112"/>
        <source>Not printed: %1 is no longer set up on this laptop. Choose another printer, or save the summary as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="116"/>
        <source>Not printed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_words.py" line="120"/>
        <source>No printer is set up on this laptop, so nothing was printed. You can save the summary as a PDF instead (it will not be encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="93"/>
        <source>Looking for printers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="130"/>
        <source>Sending the summary to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="140"/>
        <source>Sent to %1. Waiting to hear from the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="184"/>
        <source>The print system stopped answering, so it is not known whether the summary will print (%1). Check the printer before you hand anything over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="192"/>
        <source>The print system still holds a copy of this print job; it removes it itself later (often after a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/printing.py" line="210"/>
        <source>Cancelled: the summary will not print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="36"/>
        <source>About directwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="45"/>
        <source>The directwork icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="49"/>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="50"/>
        <source>version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="57"/>
        <source>Direct work with children, for youth justice practitioners: their voice, safety plans, reviews, co-review and printed summaries, kept in an encrypted vault on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="63"/>
        <source>directwork is free software: you may use, share and change it under the GNU General Public License, version 3 or (at your option) any later version ({licence}). It comes with no warranty. It is built with other people&apos;s free software, each part under its own licence: see the third-party notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="71"/>
        <source>The licence and the third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="74"/>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="75"/>
        <source>The licence ({licence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="77"/>
        <source>Third-party &amp;notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="78"/>
        <source>&amp;Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="82"/>
        <source>Close</source>
        <translation type="unfinished">Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/about.py" line="101"/>
        <source>{name} was not found in this installation. It belongs with directwork: reinstall directwork to put it back, or read it in directwork&apos;s source code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="208"/>
        <source>All children</source>
        <translation>Pob plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="209"/>
        <source>Review overdue</source>
        <translation>Adolygiad yn hwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="210"/>
        <source>High or very high</source>
        <translation>Uchel neu uchel iawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="211"/>
        <source>Open concerns</source>
        <translation>Pryderon agored</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="212"/>
        <source>A key moment</source>
        <translation>Eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="32"/>
        <source>No children on this laptop yet. Choose Add a child… to start a record, or, to look around first, Load the demo caseload (made-up children). Children on your caseload at the team hub arrive when this laptop syncs (Sync menu).</source>
        <translation>Does dim plant ar y gliniadur hwn eto. Dewiswch Ychwanegu plentyn… i ddechrau cofnod, neu, i edrych o gwmpas yn gyntaf, Llwytho&apos;r llwyth achosion enghreifftiol (plant dychmygol). Bydd y plant yn eich llwyth achosion ar hyb y tîm yn cyrraedd pan fydd y gliniadur hwn yn cysoni (dewislen Cysoni).</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="52"/>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="58"/>
        <source>Search the caseload</source>
        <translation>Chwilio&apos;r llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="59"/>
        <source>name, level or key moment</source>
        <translation>enw, lefel neu eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="65"/>
        <source>Sea&amp;rch:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="68"/>
        <source>Show only</source>
        <translation>Dangos dim ond</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="75"/>
        <source>Sho&amp;w only:</source>
        <translation>&amp;Dangos dim ond:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="78"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Ychwanegu plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="79"/>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="92"/>
        <source>Children on my caseload</source>
        <translation>Plant yn fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="112"/>
        <source>Load the &amp;demo caseload</source>
        <translation>Llwytho&apos;r llwyth achosion &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="114"/>
        <source>Load the demo caseload (made-up children for practice)</source>
        <translation>Llwytho&apos;r llwyth achosion enghreifftiol (plant dychmygol i ymarfer)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="164"/>
        <source>1 child</source>
        <translation>1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="164"/>
        <source>{total} children</source>
        <translation>{total} o blant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="166"/>
        <source>{shown} of 1 child</source>
        <translation>{shown} o 1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/page.py" line="167"/>
        <source>{shown} of {total} children</source>
        <translation>{shown} o {total} o blant</translation>
    </message>
</context>
<context>
    <name>CheckBeforeGiving</name>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="55"/>
        <source>Check before you give it</source>
        <translation>Gwiriwch cyn ei roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="66"/>
        <source>Before this copy goes to the child or carers, look at each line below: where a name, place, number or part was taken out or changed, and where a word looks close to a name that must not be shown. Tick each line when it is right, or edit it. Nothing is given until every line is ticked.</source>
        <translation>Cyn i&apos;r copi hwn fynd at y plentyn neu&apos;r gofalwyr, edrychwch ar bob llinell isod: lle cafodd enw, lle, rhif neu ran ei dynnu allan neu ei newid, a lle mae gair yn edrych yn debyg i enw na ddylid ei ddangos. Ticiwch bob llinell pan fydd yn gywir, neu ei golygu. Does dim yn cael ei roi nes bod pob llinell wedi&apos;i thicio.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="76"/>
        <source>Lines to check</source>
        <translation>Llinellau i&apos;w gwirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78"/>
        <location filename="../../src/directwork/gui/summary/check.py" line="150"/>
        <source>Checked</source>
        <translation>Wedi&apos;i wirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78"/>
        <source>Copy</source>
        <translation>Copi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="78"/>
        <source>As recorded</source>
        <translation>Fel y&apos;i cofnodwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="79"/>
        <source>In this copy</source>
        <translation>Yn y copi hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="79"/>
        <source>Why it is listed</source>
        <translation>Pam mae yma</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="102"/>
        <source>&amp;Edit this line…</source>
        <translation>&amp;Golygu&apos;r llinell hon…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="103"/>
        <source>Edit the words of the chosen line in this copy</source>
        <translation>Golygu geiriau&apos;r llinell a ddewiswyd yn y copi hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="111"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="134"/>
        <source>Child&apos;s copy</source>
        <translation>Copi&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="135"/>
        <source>Carers&apos; copy</source>
        <translation>Copi&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="153"/>
        <source>(left out of this copy)</source>
        <translation>(wedi&apos;i adael allan o&apos;r copi hwn)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="171"/>
        <source>Why we are working together</source>
        <translation>Pam rydyn ni&apos;n gweithio gyda&apos;n gilydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="172"/>
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="173"/>
        <source>Worries: who disputes it</source>
        <translation>Pryderon: pwy sy&apos;n anghytuno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="174"/>
        <source>What is going well</source>
        <translation>Beth sy&apos;n mynd yn dda</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="175"/>
        <source>Safety goals</source>
        <translation>Nodau diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="176"/>
        <source>Safety goals: for how long</source>
        <translation>Nodau diogelwch: am ba mor hir</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="177"/>
        <source>Who will do what</source>
        <translation>Pwy fydd yn gwneud beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="178"/>
        <source>Who will do what: who</source>
        <translation>Pwy fydd yn gwneud beth: pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="179"/>
        <source>Who will do what: from</source>
        <translation>Pwy fydd yn gwneud beth: o</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="180"/>
        <source>If things go wrong: if</source>
        <translation>Os aiff pethau o chwith: os</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="181"/>
        <source>If things go wrong: then</source>
        <translation>Os aiff pethau o chwith: yna</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="182"/>
        <source>If things go wrong: call</source>
        <translation>Os aiff pethau o chwith: ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="183"/>
        <source>Safe people</source>
        <translation>Pobl saff</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="184"/>
        <source>Safe places</source>
        <translation>Lleoedd saff</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="185"/>
        <location filename="../../src/directwork/gui/summary/check.py" line="186"/>
        <source>Who to call</source>
        <translation>Pwy i&apos;w ffonio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="187"/>
        <source>Who to call: number</source>
        <translation>Pwy i&apos;w ffonio: rhif</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="188"/>
        <source>In the child&apos;s own words</source>
        <translation>Yng ngeiriau&apos;r plentyn ei hun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="189"/>
        <source>Scores out of 10</source>
        <translation>Sgorau allan o 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="190"/>
        <source>Who agreed</source>
        <translation>Pwy gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="191"/>
        <source>Who agreed (earlier versions)</source>
        <translation>Pwy gytunodd (fersiynau cynharach)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="192"/>
        <source>What was said</source>
        <translation>Beth a ddywedwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="193"/>
        <source>Who said it</source>
        <translation>Pwy ddywedodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="194"/>
        <source>0 to 10 question</source>
        <translation>Cwestiwn 0 i 10</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="195"/>
        <source>Name of a drawing</source>
        <translation>Enw llun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="196"/>
        <source>Co-review: their words</source>
        <translation>Cyd-adolygu: eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="197"/>
        <source>Co-review: who answered</source>
        <translation>Cyd-adolygu: pwy atebodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="202"/>
        <source>A name was taken out.</source>
        <translation>Tynnwyd enw allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="203"/>
        <source>A place was taken out.</source>
        <translation>Tynnwyd lle allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="204"/>
        <source>A phone number was taken out.</source>
        <translation>Tynnwyd rhif ffôn allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="205"/>
        <source>An email address was taken out.</source>
        <translation>Tynnwyd cyfeiriad e-bost allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="206"/>
        <source>Shown by who they are to the child, not by name.</source>
        <translation>Wedi&apos;i ddangos yn ôl pwy ydyn nhw i&apos;r plentyn, nid wrth eu henw.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="207"/>
        <source>Left out: it names someone or somewhere withheld.</source>
        <translation>Wedi&apos;i adael allan: mae&apos;n enwi rhywun neu rywle sy&apos;n cael ei gadw&apos;n ôl.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="208"/>
        <source>You edited this line.</source>
        <translation>Golygoch chi&apos;r llinell hon.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="212"/>
        <source>Looks close to a withheld name, left as it is: %1</source>
        <translation>Yn edrych yn debyg i enw sy&apos;n cael ei gadw&apos;n ôl, wedi&apos;i adael fel y mae: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="221"/>
        <source>%1 leaves out: withheld people: %2 · withheld places: %3 · things said not shared with them: %4 · plan parts you kept back: %5.</source>
        <translation>Mae %1 yn gadael allan: pobl a gadwyd yn ôl: %2 · lleoedd a gadwyd yn ôl: %3 · pethau a ddywedwyd nad ydyn nhw&apos;n cael eu rhannu â nhw: %4 · rhannau o&apos;r cynllun a gadwoch chi&apos;n ôl: %5.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="259"/>
        <source>Making the copy again with your change…</source>
        <translation>Wrthi&apos;n gwneud y copi eto gyda&apos;ch newid…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="261"/>
        <source>Every line is checked.</source>
        <translation>Mae pob llinell wedi&apos;i gwirio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/check.py" line="262"/>
        <source>%n line(s) still to check.</source>
        <translation>
            <numerusform>Llinellau i&apos;w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i&apos;w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i&apos;w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i&apos;w gwirio o hyd: %n.</numerusform>
            <numerusform>Llinellau i&apos;w gwirio o hyd: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="29"/>
        <source>House of worries</source>
        <translation>Tŷ&apos;r pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="29"/>
        <source>Their name for the house of worries</source>
        <translation>Eu henw am dŷ&apos;r pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="30"/>
        <source>House of good things</source>
        <translation>Tŷ&apos;r pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="31"/>
        <source>Their name for the house of good things</source>
        <translation>Eu henw am dŷ&apos;r pethau da</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="32"/>
        <source>House of dreams</source>
        <translation>Tŷ&apos;r breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="32"/>
        <source>Their name for the house of dreams</source>
        <translation>Eu henw am dŷ&apos;r breuddwydion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="33"/>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="34"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="35"/>
        <source>Welsh (Cymraeg)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="36"/>
        <source>Both, Welsh first</source>
        <translation>Y ddwy, Cymraeg yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="71"/>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="72"/>
        <source>what they like to be called</source>
        <translation>beth maen nhw&apos;n hoffi cael eu galw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="73"/>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="74"/>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="75"/>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="77"/>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="78"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="80"/>
        <source>Their language for visits, co-review and copies</source>
        <translation>Eu hiaith ar gyfer ymweliadau, cyd-adolygu a chopïau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="89"/>
        <source>Communication needs</source>
        <translation>Anghenion cyfathrebu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="90"/>
        <source>What helps</source>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="91"/>
        <source>School or college</source>
        <translation>Ysgol neu goleg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="92"/>
        <source>Next visit</source>
        <translation>Ymweliad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="95"/>
        <source>About me, in their words</source>
        <translation>Amdanaf i, yn eu geiriau eu hunain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_form.py" line="98"/>
        <source>About me (their words)</source>
        <translation>Amdanaf i (eu geiriau)</translation>
    </message>
</context>
<context>
    <name>ChildHeader</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="112"/>
        <source>Carry on &amp;the visit</source>
        <translation>Parhau â&apos;r &amp;ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="114"/>
        <source>Carry on the visit that is still open</source>
        <translation>Parhau â&apos;r ymweliad sydd ar agor o hyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="117"/>
        <source>&amp;Start visit</source>
        <translation>&amp;Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="119"/>
        <source>Start visit with this child</source>
        <translation>Dechrau ymweliad gyda&apos;r plentyn hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="135"/>
        <source>{age} years old</source>
        <translation>{age} oed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="136"/>
        <source>age not recorded</source>
        <translation>oedran heb ei gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="137"/>
        <source>speaks {language}</source>
        <translation>iaith: {language}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="138"/>
        <source>language not recorded</source>
        <translation>iaith heb ei chofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="141"/>
        <source>none recorded</source>
        <translation>dim wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="144"/>
        <source>next review {day}</source>
        <translation>adolygiad nesaf {day}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="156"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="162"/>
        <source>Safety level: {level}</source>
        <translation>Lefel diogelwch: {level}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="163"/>
        <source>(awaiting sign-off)</source>
        <translation>(yn aros i gael ei gymeradwyo)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="167"/>
        <source>Safety level: not set</source>
        <translation>Lefel diogelwch: heb ei gosod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="145"/>
        <source>(overdue)</source>
        <translation>(yn hwyr)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="150"/>
        <source>Communication needs: {needs}</source>
        <translation>Anghenion cyfathrebu: {needs}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="159"/>
        <source>({level} awaiting sign-off)</source>
        <translation>({level} yn aros i gael ei gymeradwyo)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="175"/>
        <source>Started {when} {place}</source>
        <translation>Dechreuwyd {when} {place}</translation>
    </message>
</context>
<context>
    <name>ChildPractice</name>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="92"/>
        <source>E&amp;dit the plan…</source>
        <translation>&amp;Golygu&apos;r cynllun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="92"/>
        <source>Edit the plan: the safety plan</source>
        <translation>Golygu&apos;r cynllun: y cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="94"/>
        <source>Plan versions…</source>
        <translation>Fersiynau&apos;r cynllun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="95"/>
        <source>Plan versions: every version of the safety plan</source>
        <translation>Fersiynau&apos;r cynllun: pob fersiwn o&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="96"/>
        <source>Key &amp;moment…</source>
        <translation>Eiliad &amp;allweddol…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="96"/>
        <source>Record a key moment</source>
        <translation>Cofnodi eiliad allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="97"/>
        <source>&amp;Level…</source>
        <translation>&amp;Lefel…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="97"/>
        <source>Safety and wellbeing level</source>
        <translation>Lefel diogelwch a llesiant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="98"/>
        <source>Revie&amp;w…</source>
        <translation>Adol&amp;ygiad…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="98"/>
        <source>Hold a review</source>
        <translation>Cynnal adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="99"/>
        <source>Conc&amp;ern…</source>
        <translation>P&amp;ryder…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="99"/>
        <source>Raise a concern</source>
        <translation>Codi pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="100"/>
        <source>Information sharing…</source>
        <translation>Rhannu gwybodaeth…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="100"/>
        <source>Information sharing log</source>
        <translation>Log rhannu gwybodaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="102"/>
        <source>Progress charts…</source>
        <translation>Siartiau cynnydd…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="102"/>
        <source>Progress charts: scores and timeline</source>
        <translation>Siartiau cynnydd: sgorau a llinell amser</translation>
    </message>
</context>
<context>
    <name>ChildRecordPage</name>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="239"/>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="240"/>
        <source>Save changes to About me (Ctrl+S)</source>
        <translation>Cadw newidiadau i Amdanaf i (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="248"/>
        <source>&amp;About me</source>
        <translation>&amp;Amdanaf i</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="273"/>
        <source>Double-click an entry to change who may see it.</source>
        <translation>Cliciwch ddwywaith ar gofnod i newid pwy gaiff ei weld.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="276"/>
        <source>Who may see it…</source>
        <translation>Pwy gaiff ei weld…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="277"/>
        <source>Change who may see the chosen entry</source>
        <translation>Newid pwy gaiff weld y cofnod a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="296"/>
        <source>V&amp;oice</source>
        <translation>&amp;Llais</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="303"/>
        <source>Safety &amp;plan</source>
        <translation>&amp;Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="328"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="330"/>
        <source>Add someone…</source>
        <translation>Ychwanegu rhywun…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="331"/>
        <source>Add someone to the child&apos;s network</source>
        <translation>Ychwanegu rhywun at rwydwaith y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="337"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="345"/>
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="363"/>
        <source>Add a place or gro&amp;up…</source>
        <translation>Ychwanegu lle neu &amp;grŵp…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="364"/>
        <source>Add a place, peer group, online space or school</source>
        <translation>Ychwanegu lle, grŵp cyfoedion, lle ar-lein neu ysgol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="370"/>
        <source>Conte&amp;xts</source>
        <translation>C&amp;yd-destunau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="380"/>
        <source>&amp;Key moments</source>
        <translation>&amp;Eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="390"/>
        <source>&amp;Reviews</source>
        <translation>Ad&amp;olygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="400"/>
        <source>&amp;Concerns</source>
        <translation>&amp;Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="411"/>
        <source>V&amp;isits</source>
        <translation>Ymwel&amp;iadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="413"/>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
</context>
<context>
    <name>CoReviewStartDialog</name>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="80"/>
        <source>Co-review with the child</source>
        <translation>Cyd-adolygu gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="82"/>
        <source>The child sees only what they may see of the plan. Leaving co-review needs your passphrase or your co-review PIN.</source>
        <translation>Dim ond y rhannau o&apos;r cynllun y caiff y plentyn eu gweld sy&apos;n cael eu dangos. I adael cyd-adolygu mae angen eich cyfrinymadrodd neu eich PIN cyd-adolygu.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="87"/>
        <source>Screen to show co-review on</source>
        <translation>Y sgrin i ddangos cyd-adolygu arni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="90"/>
        <source>Scr&amp;een:</source>
        <translation>S&amp;grin:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="91"/>
        <source>&amp;Full screen</source>
        <translation>Sgrin &amp;lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="91"/>
        <source>Full screen</source>
        <translation>Sgrin lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="94"/>
        <source>New co-review PIN (optional)</source>
        <translation>PIN cyd-adolygu newydd (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="96"/>
        <source>Change the PIN</source>
        <translation>Newid y PIN</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="97"/>
        <source>At least 4 digits (optional)</source>
        <translation>O leiaf 4 digid (dewisol)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="98"/>
        <source>Co-review &amp;PIN:</source>
        <translation>&amp;PIN cyd-adolygu:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="104"/>
        <source>&amp;Start co-review</source>
        <translation>&amp;Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="106"/>
        <source>Start co-review</source>
        <translation>Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="107"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="57"/>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="58"/>
        <source>Saved</source>
        <translation>Cadwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="59"/>
        <source>Built on</source>
        <translation>Wedi&apos;i seilio ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="60"/>
        <source>Agreed on</source>
        <translation>Cytunwyd ar</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/plan/versions.py" line="62"/>
        <source>Who agreed</source>
        <translation>Pwy gytunodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="207"/>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="418"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="251"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="373"/>
        <location filename="../../src/directwork/gui/record/history.py" line="76"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="208"/>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="209"/>
        <source>To whom</source>
        <translation>At bwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="210"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="219"/>
        <source>To</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="220"/>
        <source>Made</source>
        <translation>Gwnaed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="221"/>
        <source>Acknowledgement due</source>
        <translation>Cydnabyddiaeth erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="222"/>
        <source>Acknowledged</source>
        <translation>Cydnabuwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/concerns.py" line="223"/>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="341"/>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="342"/>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="343"/>
        <source>Reasoning</source>
        <translation>Rhesymau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="344"/>
        <source>Signed off</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="419"/>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="420"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="372"/>
        <location filename="../../src/directwork/gui/record/history.py" line="78"/>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="421"/>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="422"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="383"/>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dialogs.py" line="423"/>
        <source>Basis</source>
        <translation>Sail</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="29"/>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="30"/>
        <source>Safety level</source>
        <translation>Lefel diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="30"/>
        <source>Last seen</source>
        <translation>Gwelwyd ddiwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="31"/>
        <source>Next visit</source>
        <translation>Ymweliad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="31"/>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="32"/>
        <source>Open concerns</source>
        <translation>Pryderon agored</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="33"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="81"/>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="33"/>
        <source>Latest key moment</source>
        <translation>Eiliad allweddol ddiweddaraf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="252"/>
        <location filename="../../src/directwork/gui/record/history.py" line="77"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="253"/>
        <source>About</source>
        <translation>Am</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="254"/>
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="258"/>
        <source>How</source>
        <translation>Sut</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="259"/>
        <source>May be seen by</source>
        <translation>Gall y rhain ei weld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/caseload/model.py" line="29"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="310"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="349"/>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="311"/>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="312"/>
        <source>Child&apos;s view</source>
        <translation>Barn y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="314"/>
        <source>Worker&apos;s view</source>
        <translation>Barn y gweithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="315"/>
        <source>Trusted adult</source>
        <translation>Oedolyn dibynadwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="316"/>
        <source>Leads</source>
        <translation>Yn arwain</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="320"/>
        <source>Agency</source>
        <translation>Asiantaeth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="321"/>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="322"/>
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="323"/>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="348"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="350"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="351"/>
        <source>Strengths</source>
        <translation>Cryfderau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="352"/>
        <source>Change first</source>
        <translation>Newid yn gyntaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="353"/>
        <source>Visibility</source>
        <translation>Pwy sy&apos;n gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="374"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="375"/>
        <source>Response needed</source>
        <translation>Ymateb sydd ei angen</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="58"/>
        <location filename="../../src/directwork/gui/record/child_record.py" line="376"/>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="58"/>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="59"/>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="59"/>
        <source>What needs doing</source>
        <translation>Beth sydd angen ei wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="382"/>
        <source>Held</source>
        <translation>Cynhaliwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="384"/>
        <source>New level</source>
        <translation>Lefel newydd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="385"/>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="386"/>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="392"/>
        <source>Raised</source>
        <translation>Codwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="393"/>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="394"/>
        <source>Severity</source>
        <translation>Difrifoldeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="395"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="396"/>
        <source>Response due</source>
        <translation>Ymateb erbyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="402"/>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="403"/>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="404"/>
        <source>Who was there</source>
        <translation>Pwy oedd yno</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="405"/>
        <source>Ended</source>
        <translation>Daeth i ben</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/child_record.py" line="406"/>
        <source>Follow-ups</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="79"/>
        <source>Record</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="80"/>
        <source>Laptop</source>
        <translation>Gliniadur</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="62"/>
        <source>Act now</source>
        <translation>Gweithredu nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="63"/>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="64"/>
        <source>Referrals</source>
        <translation>Atgyfeiriadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="65"/>
        <source>Key-moment responses</source>
        <translation>Ymatebion i eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="66"/>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="67"/>
        <source>Safety plans</source>
        <translation>Cynlluniau diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="68"/>
        <source>Not seen</source>
        <translation>Heb eu gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="69"/>
        <source>Worker changed</source>
        <translation>Newid gweithiwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="172"/>
        <source>no deadline</source>
        <translation>dim dyddiad cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="174"/>
        <source>Overdue: {due}</source>
        <translation>Yn hwyr: {due}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="205"/>
        <source>{label} ({count}, {overdue} overdue)</source>
        <translation>{label} ({count}, {overdue} yn hwyr)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="262"/>
        <source>Practice check</source>
        <translation>Gwiriad ymarfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="267"/>
        <source>Whose children:</source>
        <translation>Plant pwy:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="270"/>
        <source>Whose children to check</source>
        <translation>Plant pwy i&apos;w gwirio</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="274"/>
        <source>&amp;Check now</source>
        <translation>&amp;Gwirio nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="275"/>
        <source>Check now</source>
        <translation>Gwirio nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="319"/>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="436"/>
        <source>Choose an item to see it in full.</source>
        <translation>Dewiswch eitem i&apos;w gweld yn llawn.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="324"/>
        <source>&amp;Open the child&apos;s record</source>
        <translation>&amp;Agor cofnod y plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="325"/>
        <source>Open the chosen child&apos;s record</source>
        <translation>Agor cofnod y plentyn a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="349"/>
        <source>My children</source>
        <translation>Fy mhlant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="352"/>
        <source>Team: {team}</source>
        <translation>Tîm: {team}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="353"/>
        <source>Team {team}</source>
        <translation>Tîm {team}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="354"/>
        <source>Everyone on this laptop</source>
        <translation>Pawb ar y gliniadur hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="403"/>
        <source>1 thing to do</source>
        <translation>1 peth i&apos;w wneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="404"/>
        <source>{count} things to do</source>
        <translation>{count} o bethau i&apos;w gwneud</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="405"/>
        <source>for 1 child</source>
        <translation>ar gyfer 1 plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="406"/>
        <source>for {count} children</source>
        <translation>ar gyfer {count} o blant</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/dashboard.py" line="407"/>
        <source>{things}, {overdue} overdue ({scope}, checked {when}).</source>
        <translation>{things}, {overdue} yn hwyr ({scope}, gwiriwyd {when}).</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="55"/>
        <source>Kind of record:</source>
        <translation>Math o gofnod:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="56"/>
        <source>Who:</source>
        <translation>Pwy:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="65"/>
        <source>Save as a spreadsheet…</source>
        <translation>Cadw fel taenlen…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/record/history.py" line="66"/>
        <source>Save as a spreadsheet (CSV): the history as shown</source>
        <translation>Cadw fel taenlen (CSV): yr hanes fel y mae&apos;n cael ei ddangos</translation>
    </message>
</context>
<context>
    <name>Interface</name>
    <message>
        <location filename="../../src/directwork/gui/shell/translation.py" line="93"/>
        <location filename="../../src/directwork/gui/shell/translation.py" line="103"/>
        <source>&amp;Welsh interface (Cymraeg)</source>
        <translation>Rhyngwyneb &amp;Cymraeg (Welsh interface)</translation>
    </message>
</context>
<context>
    <name>LineEditor</name>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="293"/>
        <source>Edit this line</source>
        <translation>Golygu&apos;r llinell hon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="295"/>
        <source>%1: the words as they will be in this copy. The record is not changed. Names that must not be shown are still taken out.</source>
        <translation>%1: y geiriau fel y byddan nhw yn y copi hwn. Dydy&apos;r cofnod ddim yn newid. Mae enwau na ddylid eu dangos yn dal i gael eu tynnu allan.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/check.py" line="300"/>
        <source>Words of the line</source>
        <translation>Geiriau&apos;r llinell</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="111"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Ychwanegu plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="112"/>
        <source>Load the &amp;demo caseload</source>
        <translation>Llwytho&apos;r llwyth achosion &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="113"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="114"/>
        <source>Lock: hide everything and ask for the passphrase</source>
        <translation>Cloi: cuddio popeth a gofyn am y cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="115"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="116"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="117"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="118"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="119"/>
        <source>&amp;Find a child</source>
        <translation>Dod o hyd i &amp;blentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="120"/>
        <source>&amp;Start visit…</source>
        <translation>&amp;Dechrau ymweliad…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="121"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="122"/>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="123"/>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="124"/>
        <source>&amp;Usual text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="125"/>
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="126"/>
        <source>Lock when not in &amp;use…</source>
        <translation>Cloi pan nad yw&apos;n cael ei &amp;ddefnyddio…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="127"/>
        <source>Read-aloud &amp;voices…</source>
        <translation>&amp;Lleisiau darllen yn uchel…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="128"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="129"/>
        <source>&amp;About directwork…</source>
        <translation>&amp;Ynghylch directwork…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="130"/>
        <source>About directwork: its version, licence and third-party notices</source>
        <translation>Ynghylch directwork: ei fersiwn, ei drwydded a hysbysiadau trydydd parti</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="131"/>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/main_window.py" line="227"/>
        <source>Working…</source>
        <translation>Wrthi&apos;n gweithio…</translation>
    </message>
</context>
<context>
    <name>PlanCoReviewPanel</name>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="172"/>
        <source>&amp;Co-review with child…</source>
        <translation>&amp;Cyd-adolygu gyda&apos;r plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="173"/>
        <source>Co-review the plan with the child or carers</source>
        <translation>Cyd-adolygu&apos;r cynllun gyda&apos;r plentyn neu&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="174"/>
        <source>S&amp;ummary…</source>
        <translation>&amp;Crynodeb…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="175"/>
        <source>Preview, print or save a summary of the plan</source>
        <translation>Rhagweld, argraffu neu gadw crynodeb o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="157"/>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="158"/>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="159"/>
        <source>Part of the plan</source>
        <translation>Rhan o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="160"/>
        <source>Answer</source>
        <translation>Ateb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="161"/>
        <source>Their words</source>
        <translation>Eu geiriau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="163"/>
        <source>Co-review answers for this plan</source>
        <translation>Atebion cyd-adolygu i&apos;r cynllun hwn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="208"/>
        <source>Reviewed with %1 on %2</source>
        <translation>Adolygwyd gyda %1 ar %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="210"/>
        <source>Not yet reviewed with the child or carers.</source>
        <translation>Heb ei adolygu gyda&apos;r plentyn na&apos;r gofalwyr eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="255"/>
        <source>Start co-review</source>
        <translation>Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview/history.py" line="280"/>
        <source>Co-review did not open: %1</source>
        <translation>Ni agorodd cyd-adolygu: %1</translation>
    </message>
</context>
<context>
    <name>PracticeCheck</name>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="279"/>
        <source>&amp;Practice check</source>
        <translation>&amp;Gwiriad ymarfer</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="280"/>
        <source>Practice check: what is due and overdue</source>
        <translation>Gwiriad ymarfer: beth sy&apos;n ddyledus ac yn hwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/practice/hooks.py" line="283"/>
        <source>Practice check</source>
        <translation>Gwiriad ymarfer</translation>
    </message>
</context>
<context>
    <name>PrintChoicesDialog</name>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="45"/>
        <source>Print the summary</source>
        <translation type="unfinished">Argraffu&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="49"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="57"/>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="60"/>
        <source>Number of copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="62"/>
        <source>&amp;Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="65"/>
        <source>A&amp;ll %n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="66"/>
        <source>Print all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="67"/>
        <source>Pages &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="68"/>
        <source>Print only some pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="69"/>
        <source>First page to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="70"/>
        <source>Last page to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="85"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="88"/>
        <source>Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="90"/>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="91"/>
        <source>P&amp;aper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="95"/>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="97"/>
        <source>Send the summary to this printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/print_dialog.py" line="98"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="78"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="83"/>
        <source>Bring back the records from one of this laptop&apos;s backups. The records as they are now are kept: a damaged file is moved aside, never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="88"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="89"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="94"/>
        <source>&amp;Show backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="95"/>
        <source>Show the backups on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="101"/>
        <source>Backups on this laptop, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="112"/>
        <source>Restore or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="114"/>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="115"/>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished">Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="138"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="140"/>
        <source>Checking each backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="158"/>
        <source>Choose the backup to bring back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="159"/>
        <source>There are no backups on this laptop. Ask IT for the laptop&apos;s own backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/restore_dialog.py" line="182"/>
        <source>Checking the backup in full, then restoring it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPassphrasePage</name>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="5"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="6"/>
        <source>It locks every record on this laptop. A short sentence only you would think of is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="10"/>
        <source>Your na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="16"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="21"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="27"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="32"/>
        <source>&amp;Work phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="38"/>
        <source>Work phone, printed on the summaries children and carers keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="39"/>
        <source>so children and carers can reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="44"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="51"/>
        <source>Passphrase</source>
        <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="56"/>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="66"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="71"/>
        <source>too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="79"/>
        <source>Passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup_passphrase.ui" line="86"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <location filename="../../ui/start_visit.ui" line="6"/>
        <location filename="../../ui/start_visit.ui" line="10"/>
        <source>Start a visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="18"/>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="25"/>
        <source>dd/MM/yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="26"/>
        <source>When the visit started</source>
        <translation>Pryd dechreuodd yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="31"/>
        <source>W&amp;here</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="39"/>
        <source>e.g. at home, at school, in the park</source>
        <translation>e.e. gartref, yn yr ysgol, yn y parc</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="40"/>
        <source>Where the visit is</source>
        <translation>Ble mae&apos;r ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="53"/>
        <source>Who is &amp;there</source>
        <translation>Pwy sydd &amp;yno</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="61"/>
        <source>One name a line, e.g. the child, Mum (Sarah)</source>
        <translation>Un enw ar bob llinell, e.e. y plentyn, Mam (Sarah)</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="63"/>
        <source>Who is there, one a line</source>
        <translation>Pwy sydd yno, un ar bob llinell</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="76"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Diben</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="82"/>
        <source>Purpose of the visit</source>
        <translation>Diben yr ymweliad</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="87"/>
        <source>Tools</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="94"/>
        <source>Three Houses</source>
        <translation>Y Tri Thŷ</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="96"/>
        <source>Use Three Houses</source>
        <translation>Defnyddio&apos;r Tri Thŷ</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="101"/>
        <source>Safety scale</source>
        <translation>Graddfa ddiogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="103"/>
        <source>Use the safety scale</source>
        <translation>Defnyddio&apos;r raddfa ddiogelwch</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="108"/>
        <source>Drawing</source>
        <translation>Llun</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="109"/>
        <source>Use drawing</source>
        <translation>Defnyddio llun</translation>
    </message>
    <message>
        <location filename="../../ui/start_visit.ui" line="119"/>
        <source>Start or cancel</source>
        <translation>Dechrau neu ganslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="23"/>
        <source>Start a visit with {name}</source>
        <translation>Dechrau ymweliad: {name}</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="30"/>
        <source>&amp;Start visit</source>
        <translation>&amp;Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="31"/>
        <source>Start visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="33"/>
        <location filename="../../src/directwork/gui/visit/start.py" line="34"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="43"/>
        <source>Say where the visit is.</source>
        <translation>Dywedwch ble mae&apos;r ymweliad.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/visit/start.py" line="44"/>
        <source>Say who is there (one a line).</source>
        <translation>Dywedwch pwy sydd yno (un ar bob llinell).</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="142"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="146"/>
        <source>Who the summary is for</source>
        <translation>I bwy mae&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="147"/>
        <source>The child: My safety plan</source>
        <translation>Y plentyn: Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="148"/>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="149"/>
        <source>Multi-agency plan</source>
        <translation>Cynllun amlasiantaethol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="151"/>
        <source>Language of the summary</source>
        <translation>Iaith y crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="152"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="153"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="154"/>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="156"/>
        <source>Who it is given to</source>
        <translation>I bwy y caiff ei roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="157"/>
        <source>&amp;For:</source>
        <translation>&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="158"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="159"/>
        <source>&amp;Given to:</source>
        <translation>Wedi&apos;i &amp;roi i:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="164"/>
        <source>Preview of the summary</source>
        <translation>Rhagolwg o&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="171"/>
        <source>A saved PDF is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation>Nid yw PDF wedi&apos;i gadw wedi&apos;i amgryptio: cadwch ef yn ddiogel, a&apos;i ddileu ar ôl ei argraffu neu ei roi.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="179"/>
        <source>How printing or saving went</source>
        <translation>Sut aeth yr argraffu neu&apos;r cadw</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="182"/>
        <source>Ca&amp;ncel print</source>
        <translation>Ca&amp;nslo&apos;r argraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="183"/>
        <source>Cancel the print: the summary will not print</source>
        <translation>Canslo&apos;r argraffu: fydd y crynodeb ddim yn argraffu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="184"/>
        <source>Save as PDF &amp;instead…</source>
        <translation>Cadw fel PDF &amp;yn lle hynny…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="185"/>
        <source>Save the summary as a PDF file instead of printing it (not encrypted)</source>
        <translation>Cadw&apos;r crynodeb fel ffeil PDF yn lle ei argraffu (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="200"/>
        <source>Record that the summary was given</source>
        <translation>Cofnodi bod y crynodeb wedi&apos;i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="208"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="208"/>
        <location filename="../../src/directwork/gui/summary/preview.py" line="420"/>
        <source>Print the summary</source>
        <translation>Argraffu&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="209"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="210"/>
        <source>Save the summary as a PDF file (not encrypted)</source>
        <translation>Cadw&apos;r crynodeb fel ffeil PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="211"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="211"/>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="263"/>
        <source>parents and carers</source>
        <translation>rhieni a gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="264"/>
        <source>the agencies working with the child</source>
        <translation>yr asiantaethau sy&apos;n gweithio gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="283"/>
        <source>Making the summary…</source>
        <translation>Wrthi&apos;n gwneud y crynodeb…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/preview.py" line="308"/>
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
        <location filename="../../src/directwork/gui/summary/preview.py" line="309"/>
        <source>The summary could not be shown.</source>
        <translation>Doedd dim modd dangos y crynodeb.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="329"/>
        <source>Not done: %1</source>
        <translation>Heb ei wneud: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="337"/>
        <source>The summary is being made again from the latest records. Print or save it once it shows.</source>
        <translation>Mae&apos;r crynodeb yn cael ei wneud eto o&apos;r cofnodion diweddaraf. Argraffwch neu cadwch ef pan fydd yn ymddangos.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="342"/>
        <source>Say who the summary is given to first.</source>
        <translation>Dywedwch i bwy mae&apos;r crynodeb yn cael ei roi yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="377"/>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="429"/>
        <source>Not printed: printing to a file is not offered. Use Save as PDF, which keeps the file readable by you only.</source>
        <translation>Heb ei argraffu: does dim modd argraffu i ffeil. Defnyddiwch Cadw fel PDF, sy&apos;n cadw&apos;r ffeil yn ddarllenadwy i chi yn unig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary/preview.py" line="439"/>
        <source>Sent %n page(s) to %1 as pictures of the pages: this computer has no CUPS print system to take the summary&apos;s PDF itself. Check what came out of the printer.</source>
        <translation>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o&apos;r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o&apos;r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o&apos;r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o&apos;r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd tudalennau (%n) at %1 fel lluniau o&apos;r tudalennau: does gan y cyfrifiadur hwn ddim system argraffu CUPS i gymryd PDF y crynodeb ei hun. Gwiriwch beth ddaeth allan o&apos;r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="452"/>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="487"/>
        <source>the child or carer</source>
        <translation>y plentyn neu&apos;r gofalwr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="490"/>
        <source>Once %1 has the printed summary, say so: only then is it recorded as given.</source>
        <translation>Pan fydd gan %1 y crynodeb wedi&apos;i argraffu, dywedwch hynny: dim ond wedyn y caiff ei gofnodi fel un a roddwyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="492"/>
        <source>Printed and &amp;handed over</source>
        <translation>Wedi&apos;i argraffu a&apos;i &amp;roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="495"/>
        <source>Once %1 has the saved summary, say so: only then is it recorded as given.</source>
        <translation>Pan fydd gan %1 y crynodeb a gadwyd, dywedwch hynny: dim ond wedyn y caiff ei gofnodi fel un a roddwyd.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="497"/>
        <source>Saved and &amp;given</source>
        <translation>Wedi&apos;i gadw a&apos;i &amp;roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="519"/>
        <source>printed and handed over</source>
        <translation>wedi&apos;i argraffu a&apos;i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="520"/>
        <source>saved and given</source>
        <translation>wedi&apos;i gadw a&apos;i roi</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="523"/>
        <source>Recorded as given to %1 (%2) on %3.</source>
        <translation>Cofnodwyd fel un a roddwyd i: %1 (%2), %3.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="528"/>
        <source>Not recorded: %1</source>
        <translation>Heb ei gofnodi: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="456"/>
        <source>Save the summary as a PDF (it will not be encrypted)</source>
        <translation>Cadw&apos;r crynodeb fel PDF (fydd e ddim wedi&apos;i amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="457"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="466"/>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary/preview.py" line="470"/>
        <source>Saved to %1. It is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation>Wedi&apos;i gadw yn %1. Dydy e ddim wedi&apos;i amgryptio: cadwch ef yn ddiogel, a&apos;i ddileu ar ôl iddo gael ei argraffu neu ei roi.</translation>
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
        <location filename="../../src/directwork/gui/team/hooks.py" line="115"/>
        <source>Team &amp;map</source>
        <translation>&amp;Map y tîm</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/team/hooks.py" line="116"/>
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
        <location filename="../../src/directwork/gui/shell/unlock.py" line="67"/>
        <source>When the last backup was made</source>
        <translation>Pryd gwnaed y copi wrth gefn diwethaf</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="70"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Adfer o gopi wrth gef&amp;n…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="71"/>
        <source>Restore the records from a backup</source>
        <translation>Adfer y cofnodion o gopi wrth gefn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="96"/>
        <source>No backup has been made on this laptop yet.</source>
        <translation>Does dim copi wrth gefn wedi&apos;i wneud ar y gliniadur hwn eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/shell/unlock.py" line="97"/>
        <source>Last backup made {when} ({kept} kept on this laptop).</source>
        <translation>Gwnaed y copi wrth gefn diwethaf {when} ({kept} wedi&apos;u cadw ar y gliniadur hwn).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="6"/>
        <source>Unlock directwork</source>
        <translation>Datgloi directwork</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="10"/>
        <source>Unlock your records</source>
        <translation>Datgloi eich cofnodion</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="27"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="34"/>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="53"/>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Wedi anghofio&apos;r cyfrinymadrodd?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="54"/>
        <source>Forgot passphrase: use the recovery key</source>
        <translation>Wedi anghofio&apos;r cyfrinymadrodd: defnyddio&apos;r allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="63"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="64"/>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="77"/>
        <source>Type the recovery key you printed or saved when this laptop was set up, then choose a new passphrase.</source>
        <translation>Teipiwch yr allwedd adfer a argraffwyd neu a gadwyd gennych pan osodwyd y gliniadur hwn, yna dewiswch gyfrinymadrodd newydd.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="84"/>
        <source>&amp;Recovery key</source>
        <translation>Allwedd &amp;adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="90"/>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="95"/>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="102"/>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="107"/>
        <source>New passphrase &amp;again</source>
        <translation>Cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="114"/>
        <source>New passphrase again</source>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="128"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="129"/>
        <source>Back to passphrase</source>
        <translation>Yn ôl i&apos;r cyfrinymadrodd</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="138"/>
        <source>&amp;Set new passphrase and unlock</source>
        <translation>&amp;Gosod cyfrinymadrodd newydd a datgloi</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.ui" line="139"/>
        <source>Set new passphrase and unlock</source>
        <translation>Gosod cyfrinymadrodd newydd a datgloi</translation>
    </message>
</context>
</TS>
