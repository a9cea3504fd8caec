<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>CoReviewStartDialog</name>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="69"/>
        <source>Co-review with the child</source>
        <translation>Cyd-adolygu gyda&apos;r plentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="71"/>
        <source>The child sees only what they may see of the plan. Leaving co-review needs your passphrase or your co-review PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="76"/>
        <source>Screen to show co-review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="79"/>
        <source>&amp;Screen:</source>
        <translation>&amp;Sgrin:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="80"/>
        <source>&amp;Full screen</source>
        <translation>Sgrin &amp;lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="80"/>
        <source>Full screen</source>
        <translation>Sgrin lawn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="83"/>
        <source>New co-review PIN (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="85"/>
        <source>Change the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="86"/>
        <source>At least 4 digits (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="87"/>
        <source>Co-review &amp;PIN:</source>
        <translation>&amp;PIN cyd-adolygu:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="93"/>
        <source>&amp;Start co-review</source>
        <translation>&amp;Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="95"/>
        <source>Start co-review</source>
        <translation>Dechrau cyd-adolygu</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="96"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Interface</name>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="38"/>
        <source>&amp;Add a child…</source>
        <translation>&amp;Ychwanegu plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="39"/>
        <source>Load the &amp;demo caseload</source>
        <translation>Llwytho&apos;r llwyth achosion &amp;enghreifftiol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="40"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="41"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="42"/>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="43"/>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="44"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="45"/>
        <source>&amp;Find a child</source>
        <translation>Dod o hyd i &amp;blentyn</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="46"/>
        <source>&amp;Start visit…</source>
        <translation>&amp;Dechrau ymweliad…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="47"/>
        <source>&amp;View</source>
        <translation>&amp;Gweld</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="48"/>
        <source>&amp;Larger text</source>
        <translation>Testun &amp;mwy</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="49"/>
        <source>&amp;Smaller text</source>
        <translation>Testun &amp;llai</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="50"/>
        <source>&amp;Usual text size</source>
        <translation>Maint testun &amp;arferol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="51"/>
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="53"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="54"/>
        <source>&amp;About directwork…</source>
        <translation>&amp;Ynghylch directwork…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="52"/>
        <source>My caseload</source>
        <translation>Fy llwyth achosion</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="53"/>
        <source>&amp;Start visit</source>
        <translation>&amp;Dechrau ymweliad</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="54"/>
        <source>Save changes</source>
        <translation>Cadw newidiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="55"/>
        <source>&amp;About me</source>
        <translation>&amp;Amdanaf i</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="56"/>
        <source>&amp;Voice</source>
        <translation>&amp;Llais</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="57"/>
        <source>Safety &amp;plan</source>
        <translation>&amp;Cynllun diogelwch</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="58"/>
        <source>&amp;Network</source>
        <translation>&amp;Rhwydwaith</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="59"/>
        <source>&amp;Contexts</source>
        <translation>C&amp;yd-destunau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="60"/>
        <source>&amp;Key moments</source>
        <translation>&amp;Eiliadau allweddol</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="61"/>
        <source>&amp;Reviews</source>
        <translation>Ad&amp;olygiadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="62"/>
        <source>Conc&amp;erns</source>
        <translation>&amp;Pryderon</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="63"/>
        <source>V&amp;isits</source>
        <translation>Ymwel&amp;iadau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="64"/>
        <source>&amp;History</source>
        <translation>&amp;Hanes</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="65"/>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="66"/>
        <source>Agencies</source>
        <translation>Asiantaethau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/translation.py" line="67"/>
        <source>&amp;Welsh interface (Cymraeg)</source>
        <translation>Rhyngwyneb &amp;Cymraeg (Welsh interface)</translation>
    </message>
</context>
<context>
    <name>PlanCoReviewPanel</name>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="131"/>
        <source>&amp;Co-review with child…</source>
        <translation>&amp;Cyd-adolygu gyda&apos;r plentyn…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="132"/>
        <source>Co-review the plan with the child or carers</source>
        <translation>Cyd-adolygu&apos;r cynllun gyda&apos;r plentyn neu&apos;r gofalwyr</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="133"/>
        <source>Su&amp;mmary…</source>
        <translation>Cry&amp;nodeb…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="134"/>
        <source>Preview, print or save a summary of the plan</source>
        <translation>Rhagweld, argraffu neu gadw crynodeb o&apos;r cynllun</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="144"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="145"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="146"/>
        <source>Part of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="147"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="148"/>
        <source>Their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="150"/>
        <source>Co-review answers for this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="179"/>
        <source>Reviewed with %1 on %2</source>
        <translation>Adolygwyd gyda %1 ar %2</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="181"/>
        <source>Not yet reviewed with the child or carers.</source>
        <translation>Heb ei adolygu gyda&apos;r plentyn na&apos;r gofalwyr eto.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/coreview_history.py" line="216"/>
        <source>Co-review did not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="97"/>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="101"/>
        <source>Who the summary is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="102"/>
        <source>The child: My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="103"/>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="104"/>
        <source>Multi-agency plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="106"/>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="107"/>
        <source>English</source>
        <translation>Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="108"/>
        <source>Welsh</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="109"/>
        <source>Welsh and English</source>
        <translation>Cymraeg a Saesneg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="111"/>
        <source>Who it is given to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="112"/>
        <source>&amp;For:</source>
        <translation>&amp;Ar gyfer:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="113"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="114"/>
        <source>&amp;Given to:</source>
        <translation>Wedi&apos;i &amp;roi i:</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="119"/>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="126"/>
        <source>A saved PDF is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation>Nid yw PDF wedi&apos;i gadw wedi&apos;i amgryptio: cadwch ef yn ddiogel, a&apos;i ddileu ar ôl ei argraffu neu ei roi.</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="134"/>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="134"/>
        <location filename="../../src/directwork/gui/summary_preview.py" line="241"/>
        <source>Print the summary</source>
        <translation>Argraffu&apos;r crynodeb</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="135"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="136"/>
        <source>Save the summary as a PDF file (not encrypted)</source>
        <translation>Cadw&apos;r crynodeb fel ffeil PDF (heb ei amgryptio)</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="137"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="137"/>
        <source>Close the preview</source>
        <translation>Cau&apos;r rhagolwg</translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="170"/>
        <source>parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="171"/>
        <source>the agencies working with the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="190"/>
        <source>Making the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/directwork/gui/summary_preview.py" line="211"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="212"/>
        <source>The summary could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="220"/>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="228"/>
        <source>Say who the summary is given to first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="249"/>
        <source>Sent %1 page(s) to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="258"/>
        <source>Save the summary as a PDF (it will not be encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="259"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="268"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/directwork/gui/summary_preview.py" line="270"/>
        <source>Saved to %1. It is not encrypted: keep it safe, and delete it once it has been printed or handed over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
