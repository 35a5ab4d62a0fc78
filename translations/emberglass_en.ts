<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only: the source texts are English, but a text with %n
     needs its singular and plural spelled out. Kept by hand; tst_app checks that
     every %n text of emberglass_de.ts is here. -->
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>SpanTree</name>
        <message numerus="yes">
            <source>%n span(s) name a parent that is not in this trace; they are shown under a "missing parent" row.</source>
            <translation>
                <numerusform>%n span names a parent that is not in this trace; it is shown under a "missing parent" row.</numerusform>
                <numerusform>%n spans name a parent that is not in this trace; they are shown under a "missing parent" row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Parent ids form %n cycle(s); each was cut and its span shown at the top level.</source>
            <translation>
                <numerusform>Parent ids form %n cycle; it was cut and its span shown at the top level.</numerusform>
                <numerusform>Parent ids form %n cycles; each was cut and its span shown at the top level.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n span record(s) repeat an earlier span id; both are shown, children attach to the first.</source>
            <translation>
                <numerusform>%n span record repeats an earlier span id; both are shown, children attach to the first.</numerusform>
                <numerusform>%n span records repeat an earlier span id; both are shown, children attach to the first.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n span(s) end before they start; they are shown with zero duration.</source>
            <translation>
                <numerusform>%n span ends before it starts; it is shown with zero duration.</numerusform>
                <numerusform>%n spans end before they start; they are shown with zero duration.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::app::MainWindow</name>
        <message numerus="yes">
            <source>Or pick one of the %n files imported before, on the left.</source>
            <translation>
                <numerusform>Or pick the file imported before, on the left.</numerusform>
                <numerusform>Or pick one of the %n files imported before, on the left.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::itemmodels::ErrorGroupModel</name>
        <message numerus="yes">
            <source>It happened %n times.</source>
            <translation>
                <numerusform>It happened once.</numerusform>
                <numerusform>It happened %n times.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::itemmodels::SourcesModel</name>
        <message numerus="yes">
            <source>%Ln profiles</source>
            <translation>
                <numerusform>%Ln profile</numerusform>
                <numerusform>%Ln profiles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln traces</source>
            <translation>
                <numerusform>%Ln trace</numerusform>
                <numerusform>%Ln traces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln spans</source>
            <translation>
                <numerusform>%Ln span</numerusform>
                <numerusform>%Ln spans</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln log lines</source>
            <translation>
                <numerusform>%Ln log line</numerusform>
                <numerusform>%Ln log lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln errors</source>
            <translation>
                <numerusform>%Ln error</numerusform>
                <numerusform>%Ln errors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::ErrorListPage</name>
        <message numerus="yes">
            <source>Each of the %n times %1 happened (double-click one to open it)</source>
            <translation>
                <numerusform>The one time %1 happened (double-click it to open it)</numerusform>
                <numerusform>Each of the %n times %1 happened (double-click one to open it)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n kinds of error</source>
            <translation>
                <numerusform>%n kind of error</numerusform>
                <numerusform>%n kinds of error</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n events</source>
            <translation>
                <numerusform>%n event</numerusform>
                <numerusform>%n events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n kinds of error</source>
            <translation>
                <numerusform>Showing %1 of %n kind of error</numerusform>
                <numerusform>Showing %1 of %n kinds of error</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most frequent: %1 “%2”, %n times</source>
            <translation>
                <numerusform>The most frequent: %1 “%2”, once</numerusform>
                <numerusform>The most frequent: %1 “%2”, %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::ErrorPage</name>
        <message numerus="yes">
            <source>It happened %n times between %1 and %2</source>
            <translation>
                <numerusform>It happened once, between %1 and %2</numerusform>
                <numerusform>It happened %n times between %1 and %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It happened %n times, this time at %1</source>
            <translation>
                <numerusform>It happened once, at %1</numerusform>
                <numerusform>It happened %n times, this time at %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::FlameGraphColours</name>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::SandwichTab</name>
        <message numerus="yes">
            <source>it was called from %n places, mostly `%1` (%2).</source>
            <translation>
                <numerusform>it was called from %n place, `%1` (%2).</numerusform>
                <numerusform>it was called from %n places, mostly `%1` (%2).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::StackTraceView</name>
        <message numerus="yes">
            <source>%n older frames, the same as in %1 above</source>
            <translation>
                <numerusform>%n older frame, the same as in %1 above</numerusform>
                <numerusform>%n older frames, the same as in %1 above</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n library frames</source>
            <translation>
                <numerusform>%n library frame</numerusform>
                <numerusform>%n library frames</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>eg::views::TraceListPage</name>
        <message numerus="yes">
            <source>%n traces</source>
            <translation>
                <numerusform>%n trace</numerusform>
                <numerusform>%n traces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n traces in %1.</source>
            <translation>
                <numerusform>%n trace in %1.</numerusform>
                <numerusform>%n traces in %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them had errors.</source>
            <translation>
                <numerusform>%n of them had errors.</numerusform>
                <numerusform>%n of them had errors.</numerusform>
            </translation>
        </message>
    </context>
</TS>
