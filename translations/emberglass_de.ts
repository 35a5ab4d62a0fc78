<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FlameGraphExporter</name>
    <message>
        <location filename="../views/flamegraphexporter.cpp" line="62"/>
        <source>Flame graph exported by Emberglass</source>
        <translation>Von Emberglass exportiertes Flammendiagramm</translation>
    </message>
    <message>
        <location filename="../views/flamegraphexporter.cpp" line="116"/>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
</context>
<context>
    <name>LoadedTrace</name>
    <message>
        <location filename="../views/loadedtrace.cpp" line="21"/>
        <source>The cache holds no spans of trace %1.</source>
        <translation>Der Zwischenspeicher enthält keine Spans des Traces %1.</translation>
    </message>
</context>
<context>
    <name>LogHeadline</name>
    <message>
        <location filename="../views/logheadline.cpp" line="51"/>
        <source>Could not read the logs: %1</source>
        <translation>Die Logs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="53"/>
        <source>No log line matches these filters.</source>
        <translation>Keine Logzeile passt zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="55"/>
        <source>One log line</source>
        <translation>Eine Logzeile</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="56"/>
        <source>%1 log lines</source>
        <translation>%1 Logzeilen</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="58"/>
        <source>%1; counting them by level and time…</source>
        <translation>%1; sie werden nach Stufe und Zeit gezählt…</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="64"/>
        <source>%1 from %2 services</source>
        <translation>%1 von %2 Diensten</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="65"/>
        <source>%1 from one service</source>
        <translation>%1 von einem Dienst</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="74"/>
        <source>%1 between %2 and %3</source>
        <translation>%1 zwischen %2 und %3</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="84"/>
        <source>no errors</source>
        <translation>keine Fehler</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="86"/>
        <source>one warning</source>
        <translation>eine Warnung</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="87"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="96"/>
        <source>one error</source>
        <translation>ein Fehler</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="97"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="99"/>
        <source>one fatal error</source>
        <translation>ein fataler Fehler</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="100"/>
        <source>%1 fatal errors</source>
        <translation>%1 fatale Fehler</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="102"/>
        <source>%1 (one fatal)</source>
        <translation>%1 (einer fatal)</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="104"/>
        <source>%1 (%2 fatal)</source>
        <translation>%1 (%2 fatal)</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="135"/>
        <source>%1, spread over the whole time</source>
        <translation>%1, über die ganze Zeit verteilt</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="141"/>
        <source>%1, most in the last %2</source>
        <translation>%1, die meisten in den letzten %2</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="144"/>
        <source>%1, most in the first %2</source>
        <translation>%1, die meisten in den ersten %2</translation>
    </message>
    <message>
        <location filename="../views/logheadline.cpp" line="146"/>
        <source>%1, most between %2 and %3</source>
        <translation>%1, die meisten zwischen %2 und %3</translation>
    </message>
</context>
<context>
    <name>LogLevelPalette</name>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="27"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="29"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="31"/>
        <location filename="../models/item/loglevelpalette.cpp" line="39"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="33"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="35"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/item/loglevelpalette.cpp" line="37"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
</context>
<context>
    <name>ProfileInsights</name>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="20"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="117"/>
        <source>This profile has no samples.</source>
        <translation>Dieses Profil enthält keine Stichproben.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="119"/>
        <source>This profile recorded only idle time: none of its samples has a call stack with any weight.</source>
        <translation>Dieses Profil hat nur Leerlauf aufgezeichnet: Keine seiner Stichproben hat einen Aufrufstapel mit einem Gewicht größer als null.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="125"/>
        <source>Most of the memory (%1) was allocated in `%2`, called from `%3`.</source>
        <translation>Der meiste Speicher (%1) wurde in `%2` belegt, aufgerufen von `%3`.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="129"/>
        <source>Most of the memory (%1) was allocated in `%2`.</source>
        <translation>Der meiste Speicher (%1) wurde in `%2` belegt.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="134"/>
        <source>Most of the time (%1) was spent in `%2`, called from `%3`.</source>
        <translation>Die meiste Zeit (%1) wurde in `%2` verbracht, aufgerufen von `%3`.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="137"/>
        <source>Most of the time (%1) was spent in `%2`.</source>
        <translation>Die meiste Zeit (%1) wurde in `%2` verbracht.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="142"/>
        <source>The largest share of the memory (%1) was allocated in `%2`, called from `%3`.</source>
        <translation>Der größte Anteil des Speichers (%1) wurde in `%2` belegt, aufgerufen von `%3`.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="146"/>
        <source>The largest share of the memory (%1) was allocated in `%2`.</source>
        <translation>Der größte Anteil des Speichers (%1) wurde in `%2` belegt.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="152"/>
        <source>The largest share of the time (%1) was spent in `%2`, called from `%3`.</source>
        <translation>Der größte Anteil der Zeit (%1) wurde in `%2` verbracht, aufgerufen von `%3`.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="157"/>
        <source>The largest share of the time (%1) was spent in `%2`.</source>
        <translation>Der größte Anteil der Zeit (%1) wurde in `%2` verbracht.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="161"/>
        <source>Memory use is spread out: the heaviest function, `%1`, accounts for %2.</source>
        <translation>Der Speicherverbrauch verteilt sich auf viele Funktionen: Die größte, `%1`, macht %2 aus.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="165"/>
        <source>Time is spread out: the heaviest function, `%1`, accounts for %2.</source>
        <translation>Die Zeit verteilt sich auf viele Funktionen: Die größte, `%1`, macht %2 aus.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profileinsights.cpp" line="178"/>
        <source>The thread was idle for %1 of the recorded time.</source>
        <translation>Der Thread war %1 der aufgezeichneten Zeit im Leerlauf.</translation>
    </message>
</context>
<context>
    <name>ProfileSummary</name>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="67"/>
        <source>The profile covers %1.</source>
        <translation>Das Profil umfasst %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="68"/>
        <source>The profile covers %1 in %2.</source>
        <translation>Das Profil umfasst %1 in %2.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="71"/>
        <source>The profile records %1 of memory in %2.</source>
        <translation>Das Profil erfasst %1 Speicher in %2.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="74"/>
        <source>The profile holds %1.</source>
        <translation>Das Profil enthält %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="102"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="110"/>
        <source>Functions with the most time in their own code: %1.</source>
        <translation>Funktionen mit der meisten Zeit im eigenen Code: %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="113"/>
        <source>Functions that allocate the most memory themselves: %1.</source>
        <translation>Funktionen, die selbst den meisten Speicher belegen: %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="116"/>
        <source>Functions where the most samples end: %1.</source>
        <translation>Funktionen, in denen die meisten Stichproben enden: %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="137"/>
        <source>The heaviest path from the top of the stack down is %1; %2 of the time goes all the way down it.</source>
        <translation>Der schwerste Pfad von der Spitze des Stapels abwärts ist %1; %2 der Zeit verläuft ihn ganz hinunter.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="142"/>
        <source>The heaviest path from the top of the stack down is %1; %2 of the memory is allocated at its end.</source>
        <translation>Der schwerste Pfad von der Spitze des Stapels abwärts ist %1; %2 des Speichers wird an seinem Ende belegt.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="147"/>
        <source>The heaviest path from the top of the stack down is %1; %2 of the samples go all the way down it.</source>
        <translation>Der schwerste Pfad von der Spitze des Stapels abwärts ist %1; %2 der Stichproben verlaufen ihn ganz hinunter.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="170"/>
        <source>None of that path is the app&apos;s own code: it runs in libraries only.</source>
        <translation>Kein Teil dieses Pfads ist eigener Code der App: Er läuft nur in Bibliotheken.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="178"/>
        <source>On that path the app&apos;s own code reaches all the way down to %1.</source>
        <translation>Auf diesem Pfad reicht der eigene Code der App bis ganz hinunter zu %1.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilesummary.cpp" line="184"/>
        <source>On that path the app&apos;s own code ends at %1, which calls into library code (%2).</source>
        <translation>Auf diesem Pfad endet der eigene Code der App bei %1, das Bibliothekscode aufruft (%2).</translation>
    </message>
</context>
<context>
    <name>SpanGroups</name>
    <message>
        <location filename="../models/analysis/spangroups.cpp" line="132"/>
        <source>%1 × %2 (total %3)</source>
        <translation>%1 × %2 (insgesamt %3)</translation>
    </message>
    <message>
        <location filename="../models/analysis/spangroups.cpp" line="135"/>
        <source>%1 nested %2 spans (%3)</source>
        <translation>%1 verschachtelte %2-Spans (%3)</translation>
    </message>
</context>
<context>
    <name>SpanTree</name>
    <message numerus="yes">
        <location filename="../models/analysis/spantree.cpp" line="223"/>
        <source>%n span(s) name a parent that is not in this trace; they are shown under a &quot;missing parent&quot; row.</source>
        <translation>
            <numerusform>%n Span nennt einen Elternspan, der nicht in diesem Trace ist; er steht unter einer Zeile „fehlender Elternspan“.</numerusform>
            <numerusform>%n Spans nennen einen Elternspan, der nicht in diesem Trace ist; sie stehen unter einer Zeile „fehlender Elternspan“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/spantree.cpp" line="228"/>
        <source>Parent ids form %n cycle(s); each was cut and its span shown at the top level.</source>
        <translation>
            <numerusform>Eltern-IDs bilden %n Kreis; er wurde aufgetrennt und sein Span auf oberster Ebene gezeigt.</numerusform>
            <numerusform>Eltern-IDs bilden %n Kreise; jeder wurde aufgetrennt und sein Span auf oberster Ebene gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/spantree.cpp" line="232"/>
        <source>%n span record(s) repeat an earlier span id; both are shown, children attach to the first.</source>
        <translation>
            <numerusform>%n Span-Eintrag wiederholt eine frühere Span-ID; beide werden gezeigt, Kinder hängen am ersten.</numerusform>
            <numerusform>%n Span-Einträge wiederholen eine frühere Span-ID; beide werden gezeigt, Kinder hängen am ersten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/analysis/spantree.cpp" line="237"/>
        <source>%n span(s) end before they start; they are shown with zero duration.</source>
        <translation>
            <numerusform>%n Span endet, bevor er beginnt; er wird ohne Dauer gezeigt.</numerusform>
            <numerusform>%n Spans enden, bevor sie beginnen; sie werden ohne Dauer gezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightFormatter</name>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="45"/>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="49"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="51"/>
        <location filename="../models/analysis/weightformatter.cpp" line="121"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="54"/>
        <location filename="../models/analysis/weightformatter.cpp" line="123"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="57"/>
        <location filename="../models/analysis/weightformatter.cpp" line="125"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="64"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="68"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="75"/>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="79"/>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="82"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="85"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="88"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="90"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="97"/>
        <source>unknown count</source>
        <translation>unbekannte Anzahl</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="100"/>
        <source>1 sample</source>
        <translation>1 Stichprobe</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="101"/>
        <source>%1 samples</source>
        <translation>%1 Stichproben</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="136"/>
        <source>unknown share</source>
        <translation>unbekannter Anteil</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="140"/>
        <location filename="../models/analysis/weightformatter.cpp" line="149"/>
        <location filename="../models/analysis/weightformatter.cpp" line="151"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="142"/>
        <source>&lt;%1%</source>
        <translation>&lt;%1 %</translation>
    </message>
    <message>
        <location filename="../models/analysis/weightformatter.cpp" line="162"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>eg::analysis::ProfileDiff</name>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="65"/>
        <source>The profiles measure different things (%1 and %2), so they cannot be compared.</source>
        <translation>Die Profile messen Unterschiedliches (%1 und %2), daher können sie nicht verglichen werden.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="233"/>
        <source>The profiles have different totals (%1 before, %2 after), so the figures compare shares: the &quot;before&quot; profile is scaled to %2.</source>
        <translation>Die Profile haben unterschiedliche Gesamtwerte (%1 vorher, %2 nachher), daher vergleichen die Zahlen Anteile: Das „Vorher“-Profil wird auf %2 skaliert.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="236"/>
        <source>Absolute figures: %1 before, %2 after.</source>
        <translation>Absolute Werte: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="255"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="264"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="270"/>
        <source>%1 is new and takes %2</source>
        <translation>%1 ist neu und beansprucht %2</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="271"/>
        <source>%1 grew by %2</source>
        <translation>%1 ist um %2 gewachsen</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="274"/>
        <source>%1 is gone (it took %2)</source>
        <translation>%1 ist weggefallen (beanspruchte %2)</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="278"/>
        <source>%1 shrank by %2</source>
        <translation>%1 ist um %2 geschrumpft</translation>
    </message>
    <message>
        <location filename="../models/analysis/profilediff.cpp" line="280"/>
        <source>No function&apos;s own time changed by more than 0.5% of the profile.</source>
        <translation>Die Eigenzeit keiner Funktion hat sich um mehr als 0,5 % des Profils verändert.</translation>
    </message>
</context>
<context>
    <name>eg::analysis::TraceInsights</name>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="49"/>
        <source>This trace has no spans.</source>
        <translation>Dieser Trace hat keine Spans.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="57"/>
        <source>The trace</source>
        <translation>Der Trace</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="62"/>
        <source>%1 took %2</source>
        <translation>%1 dauerte %2</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="87"/>
        <source>%1; %2 of it was waiting on %3.</source>
        <translation>%1; davon %2 Warten auf %3.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="91"/>
        <source>%1; %2 of it was spent in %3 spans.</source>
        <translation>%1; davon %2 in %3-Spans.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="97"/>
        <source>%1; %2 of it was spent in %3.</source>
        <translation>%1; davon %2 in %3.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="101"/>
        <source>%1, most of it in %2 itself rather than in the spans it started.</source>
        <translation>%1, das meiste davon in %2 selbst statt in den Spans, die es gestartet hat.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="104"/>
        <source>%1, spread over its spans with none standing out.</source>
        <translation>%1, verteilt auf seine Spans, ohne dass einer heraussticht.</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="130"/>
        <source>%1 of the trace went to %2 repeated %3 spans</source>
        <translation>%1 des Traces entfielen auf %2 wiederholte %3-Spans</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="136"/>
        <source> under %1</source>
        <translation> unter %1</translation>
    </message>
    <message>
        <location filename="../models/analysis/traceinsights.cpp" line="139"/>
        <source>: the same call made one at a time, often a query that could be batched.</source>
        <translation>: derselbe Aufruf einzeln nacheinander, oft eine Abfrage, die sich bündeln ließe.</translation>
    </message>
</context>
<context>
    <name>eg::app::ErrorPages</name>
    <message>
        <location filename="../app/errorpages.cpp" line="44"/>
        <source>That error event is no longer in the cache.</source>
        <translation>Dieses Fehlerereignis ist nicht mehr im Cache.</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="50"/>
        <source>Error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="49"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="60"/>
        <source>trace %1 (%2)</source>
        <translation>Trace %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="61"/>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="65"/>
        <source>span %1 of %2</source>
        <translation>Span %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="73"/>
        <source>a removed file</source>
        <translation>einer entfernten Datei</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="77"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/errorpages.cpp" line="77"/>
        <source>Errors of %1</source>
        <translation>Fehler von %1</translation>
    </message>
</context>
<context>
    <name>eg::app::ExportActions</name>
    <message>
        <location filename="../app/exportactions.cpp" line="35"/>
        <source>Flame Graph as &amp;SVG…</source>
        <translation>Flammendiagramm als &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="36"/>
        <source>Export the flame graph as SVG</source>
        <translation>Flammendiagramm als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="37"/>
        <location filename="../app/exportactions.cpp" line="43"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="38"/>
        <source>Flame Graph as &amp;PNG…</source>
        <translation>Flammendiagramm als &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="39"/>
        <source>Export the flame graph as PNG</source>
        <translation>Flammendiagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="40"/>
        <location filename="../app/exportactions.cpp" line="46"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="41"/>
        <source>&amp;Whole Flame Graph as SVG…</source>
        <translation>&amp;Ganzes Flammendiagramm als SVG…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="42"/>
        <source>Export the whole flame graph as SVG</source>
        <translation>Ganzes Flammendiagramm als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="44"/>
        <source>W&amp;hole Flame Graph as PNG…</source>
        <translation>G&amp;anzes Flammendiagramm als PNG…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="45"/>
        <source>Export the whole flame graph as PNG</source>
        <translation>Ganzes Flammendiagramm als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="47"/>
        <source>Profile as spee&amp;dscope JSON…</source>
        <translation>Profil als spee&amp;dscope-JSON…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="48"/>
        <source>Export the profile for speedscope</source>
        <translation>Profil für speedscope exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="49"/>
        <source>speedscope files (*.speedscope.json)</source>
        <translation>speedscope-Dateien (*.speedscope.json)</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="51"/>
        <source>&amp;Folded Stacks…</source>
        <translation>Ge&amp;faltete Stacks…</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="52"/>
        <source>Export the profile as folded stacks</source>
        <translation>Profil als gefaltete Stacks exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="53"/>
        <source>Folded stacks (*.folded *.txt)</source>
        <translation>Gefaltete Stacks (*.folded *.txt)</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="57"/>
        <location filename="../app/exportactions.cpp" line="59"/>
        <source>The flame graph as it is on screen now, zoom and size included</source>
        <translation>Das Flammendiagramm so, wie es gerade auf dem Bildschirm zu sehen ist, einschließlich Zoom und Größe</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="61"/>
        <location filename="../app/exportactions.cpp" line="63"/>
        <source>Every row of the flame graph, zoomed out, 1600 pixels wide</source>
        <translation>Alle Zeilen des Flammendiagramms, herausgezoomt, 1600 Pixel breit</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="65"/>
        <source>A file that speedscope.app and Emberglass open again</source>
        <translation>Eine Datei, die speedscope.app und Emberglass wieder öffnen können</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="67"/>
        <source>One line per call stack with its weight, as Brendan Gregg&apos;s flamegraph.pl reads it</source>
        <translation>Eine Zeile pro Aufrufstapel mit seinem Gewicht, wie Brendan Greggs flamegraph.pl sie liest</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="83"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="120"/>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="122"/>
        <source>-flamegraph</source>
        <translation>-flammendiagramm</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="133"/>
        <source>No profile is shown.</source>
        <translation>Es wird kein Profil angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="175"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/exportactions.cpp" line="179"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>eg::app::ImportJob</name>
    <message>
        <location filename="../app/importjob.cpp" line="79"/>
        <source>is too large to import with the memory available</source>
        <translation>zu groß für den verfügbaren Arbeitsspeicher</translation>
    </message>
</context>
<context>
    <name>eg::app::LogFieldsDialog</name>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="14"/>
        <source>Log Fields</source>
        <translation>Log-Felder</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="16"/>
        <source>Emberglass reads the fields of JSON log lines by their usual names, shown in grey in each box below. If your logger calls a field something else, for example its time &lt;i&gt;when&lt;/i&gt;, type that name in the field&apos;s box. Leave a box empty to keep the usual names.</source>
        <translation>Emberglass liest die Felder von JSON-Logzeilen an ihren üblichen Namen, die grau in jedem Eingabefeld unten stehen. Wenn Ihr Logger ein Feld anders nennt, etwa die Zeit &lt;i&gt;when&lt;/i&gt;, tragen Sie diesen Namen in dessen Eingabefeld ein. Lassen Sie ein Eingabefeld leer, um bei den üblichen Namen zu bleiben.</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="23"/>
        <source>The names apply to the files you import from now on. A file already imported stays as it was read: to read it with these names, remove it and import it again.</source>
        <translation>Die Namen gelten für die Dateien, die Sie ab jetzt importieren. Eine schon importierte Datei bleibt, wie sie gelesen wurde: Um sie mit diesen Namen zu lesen, entfernen Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="38"/>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="39"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="40"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="41"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="42"/>
        <source>T&amp;race ID:</source>
        <translation>T&amp;race-ID:</translation>
    </message>
    <message>
        <location filename="../app/logfieldsdialog.cpp" line="43"/>
        <source>S&amp;pan ID:</source>
        <translation>S&amp;pan-ID:</translation>
    </message>
    <message>
        <source>Emberglass finds the fields of JSON log lines by their usual names: &lt;i&gt;time&lt;/i&gt;, &lt;i&gt;timestamp&lt;/i&gt;, &lt;i&gt;ts&lt;/i&gt; or &lt;i&gt;@timestamp&lt;/i&gt; for the time, &lt;i&gt;msg&lt;/i&gt;, &lt;i&gt;message&lt;/i&gt; or &lt;i&gt;body&lt;/i&gt; for the text, &lt;i&gt;level&lt;/i&gt; or &lt;i&gt;severity&lt;/i&gt;, &lt;i&gt;service&lt;/i&gt;, &lt;i&gt;trace_id&lt;/i&gt; and &lt;i&gt;span_id&lt;/i&gt;. If your logger names them otherwise, write its names here. They are used for the files you import from now on; a file already imported keeps how it was read (remove it and import it again).</source>
        <translation type="vanished">Emberglass findet die Felder von JSON-Logzeilen an ihren üblichen Namen: &lt;i&gt;time&lt;/i&gt;, &lt;i&gt;timestamp&lt;/i&gt;, &lt;i&gt;ts&lt;/i&gt; oder &lt;i&gt;@timestamp&lt;/i&gt; für die Zeit, &lt;i&gt;msg&lt;/i&gt;, &lt;i&gt;message&lt;/i&gt; oder &lt;i&gt;body&lt;/i&gt; für den Text, &lt;i&gt;level&lt;/i&gt; oder &lt;i&gt;severity&lt;/i&gt;, &lt;i&gt;service&lt;/i&gt;, &lt;i&gt;trace_id&lt;/i&gt; und &lt;i&gt;span_id&lt;/i&gt;. Wenn Ihr Logger sie anders nennt, tragen Sie seine Namen hier ein. Sie gelten für die Dateien, die Sie ab jetzt importieren; eine schon importierte Datei bleibt, wie sie gelesen wurde (entfernen Sie sie und importieren Sie sie erneut).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="vanished">Nachricht</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="vanished">Stufe</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Dienst</translation>
    </message>
    <message>
        <source>Trace id</source>
        <translation type="vanished">Trace-ID</translation>
    </message>
    <message>
        <source>Span id</source>
        <translation type="vanished">Span-ID</translation>
    </message>
    <message>
        <source>found by itself</source>
        <translation type="vanished">wird selbst erkannt</translation>
    </message>
</context>
<context>
    <name>eg::app::LogPages</name>
    <message>
        <location filename="../app/logpages.cpp" line="58"/>
        <source>a removed file</source>
        <translation>einer entfernten Datei</translation>
    </message>
    <message>
        <location filename="../app/logpages.cpp" line="61"/>
        <source>the whole cache</source>
        <translation>des ganzen Caches</translation>
    </message>
    <message>
        <location filename="../app/logpages.cpp" line="68"/>
        <source>trace `%1` (%2)</source>
        <translation>Trace `%1` (%2)</translation>
    </message>
    <message>
        <location filename="../app/logpages.cpp" line="69"/>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <location filename="../app/logpages.cpp" line="75"/>
        <source>span %1 of %2</source>
        <translation>Span %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/logpages.cpp" line="89"/>
        <source>Logs of %1</source>
        <translation>Logs von %1</translation>
    </message>
    <message>
        <source>Trace %1 is not in the cache. Import the file that holds its spans (OpenTelemetry, Jaeger, Zipkin or a Sentry transaction).</source>
        <translation type="vanished">Trace %1 ist nicht im Cache. Importieren Sie die Datei mit seinen Spans (OpenTelemetry, Jaeger, Zipkin oder eine Sentry-Transaktion).</translation>
    </message>
</context>
<context>
    <name>eg::app::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="55"/>
        <location filename="../app/mainwindow.cpp" line="440"/>
        <source>Emberglass</source>
        <translation>Emberglass</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Emberglass&lt;/h2&gt;&lt;p&gt;Open a CPU profile to see where its time went. Emberglass reads speedscope files, V8 &lt;code&gt;.cpuprofile&lt;/code&gt; files (&lt;code&gt;node --cpu-prof&lt;/code&gt;, Chrome DevTools) and collapsed stacks, plain or gzip-, zlib- or zstd-compressed.&lt;/p&gt;&lt;p&gt;Drop a file on this window, use &lt;b&gt;File → Open&lt;/b&gt;, or start with a demo profile of a small Node.js program.&lt;/p&gt;</source>
        <translation type="vanished">&lt;h2&gt;Emberglass&lt;/h2&gt;&lt;p&gt;Öffnen Sie ein CPU-Profil, um zu sehen, wofür die Zeit verbraucht wurde. Emberglass liest speedscope-Dateien, V8-&lt;code&gt;.cpuprofile&lt;/code&gt;-Dateien (&lt;code&gt;node --cpu-prof&lt;/code&gt;, Chrome DevTools) und Collapsed Stacks, unkomprimiert oder mit gzip, zlib oder zstd komprimiert.&lt;/p&gt;&lt;p&gt;Ziehen Sie eine Datei auf dieses Fenster, verwenden Sie &lt;b&gt;Datei → Öffnen&lt;/b&gt; oder beginnen Sie mit dem Demoprofil eines kleinen Node.js-Programms.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="129"/>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="130"/>
        <source>Open the demo profile</source>
        <translation>Demoprofil öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="148"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>Remove from cache</source>
        <translation>Aus dem Cache entfernen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>&amp;Compare the Selected Sources</source>
        <translation>&amp;Ausgewählte Quellen vergleichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175"/>
        <source>Select two sources (Ctrl+click) to see what changed between their profiles</source>
        <translation>Wählen Sie zwei Quellen aus (Strg+Klick), um zu sehen, was sich zwischen ihren Profilen geändert hat</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="182"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="187"/>
        <source>All traces</source>
        <translation>Alle Traces</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="189"/>
        <source>Every trace in the cache, from all files: spans of one trace from several files are joined</source>
        <translation>Jeder Trace im Zwischenspeicher, aus allen Dateien: Spans eines Traces aus mehreren Dateien werden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>All logs</source>
        <translation>Alle Logs</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <source>Every log line in the cache, from all files, on one timeline</source>
        <translation>Jede Logzeile im Cache, aus allen Dateien, auf einer Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>All errors</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="201"/>
        <source>Every error event in the cache, grouped by kind</source>
        <translation>Alle Fehlerereignisse im Cache, nach Art gruppiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="231"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="233"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>Open the &amp;Demo Profile</source>
        <translation>&amp;Demoprofil öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="236"/>
        <source>Log &amp;Fields…</source>
        <translation>Log-&amp;Felder…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="242"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="245"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="249"/>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="255"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="256"/>
        <source>&amp;About Emberglass</source>
        <translation>&amp;Über Emberglass</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="257"/>
        <source>About Emberglass</source>
        <translation>Über Emberglass</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="258"/>
        <source>&lt;p&gt;&lt;b&gt;Emberglass %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A native viewer for profiles, traces, logs and replays. Files are imported into a local cache at &lt;code&gt;%2&lt;/code&gt;; nothing leaves this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Emberglass %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein natives Programm zum Ansehen von Profilen, Traces, Logs und Sitzungsaufzeichnungen. Dateien werden in einen lokalen Cache unter &lt;code&gt;%2&lt;/code&gt; importiert; nichts verlässt diesen Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="264"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="279"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="283"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Open profiles</source>
        <translation type="vanished">Profile öffnen</translation>
    </message>
    <message>
        <source>Profiles (*.json *.cpuprofile *.speedscope.json *.txt *.folded *.collapsed *.gz *.zst *.zlib);;All files (*)</source>
        <translation type="vanished">Profile (*.json *.cpuprofile *.speedscope.json *.txt *.folded *.collapsed *.gz *.zst *.zlib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="311"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="313"/>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="338"/>
        <source>Or pick the file imported before, on the left.</source>
        <translation>Oder wählen Sie links die zuvor importierte Datei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="340"/>
        <source>Or pick one of the %n files imported before, on the left.</source>
        <translation>
            <numerusform>Oder wählen Sie links die %n zuvor importierte Datei.</numerusform>
            <numerusform>Oder wählen Sie links eine der %n zuvor importierten Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="367"/>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="378"/>
        <source>Removed %1 from the cache</source>
        <translation>%1 wurde aus dem Cache entfernt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="404"/>
        <source>%1 vs %2 — Emberglass</source>
        <translation>%1 vs. %2 — Emberglass</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <location filename="../app/mainwindow.cpp" line="80"/>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <location filename="../app/mainwindow.cpp" line="466"/>
        <source>%1 — Emberglass</source>
        <translation>%1 — Emberglass</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>&lt;h2&gt;Emberglass&lt;/h2&gt;&lt;p&gt;Open a CPU profile to see where its time went, or a trace to follow one request through every service it touched. Emberglass reads speedscope, V8 &lt;code&gt;.cpuprofile&lt;/code&gt;, Chrome and Firefox profiles, &lt;code&gt;perf script&lt;/code&gt;, pprof, collapsed stacks, Sentry envelopes, and OpenTelemetry, Jaeger and Zipkin traces, plain or gzip-, zlib- or zstd-compressed.&lt;/p&gt;&lt;p&gt;Drop a file on this window, use &lt;b&gt;File → Open&lt;/b&gt;, or start with a demo profile of a small Node.js program.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Emberglass&lt;/h2&gt;&lt;p&gt;Öffnen Sie ein CPU-Profil, um zu sehen, wohin seine Zeit ging, oder einen Trace, um eine Anfrage durch jeden Dienst zu verfolgen, den sie berührt hat. Emberglass liest speedscope, V8-&lt;code&gt;.cpuprofile&lt;/code&gt;, Chrome- und Firefox-Profile, &lt;code&gt;perf script&lt;/code&gt;, pprof, zusammengefasste Stapel, Sentry-Envelopes sowie OpenTelemetry-, Jaeger- und Zipkin-Traces, unkomprimiert oder mit gzip, zlib oder zstd komprimiert.&lt;/p&gt;&lt;p&gt;Ziehen Sie eine Datei auf dieses Fenster, nutzen Sie &lt;b&gt;Datei → Öffnen&lt;/b&gt; oder beginnen Sie mit einem Demoprofil eines kleinen Node.js-Programms.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="295"/>
        <source>Open profiles and traces</source>
        <translation>Profile und Traces öffnen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="296"/>
        <source>Profiles and traces (*.json *.cpuprofile *.speedscope.json *.txt *.folded *.collapsed *.pb *.envelope *.gz *.zst *.zlib);;All files (*)</source>
        <translation>Profile und Traces (*.json *.cpuprofile *.speedscope.json *.txt *.folded *.collapsed *.pb *.envelope *.gz *.zst *.zlib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="343"/>
        <source>All traces (%1)</source>
        <translation>Alle Traces (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="349"/>
        <source>All logs (%1)</source>
        <translation>Alle Logs (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="352"/>
        <source>All errors (%1)</source>
        <translation>Alle Fehler (%1)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="477"/>
        <location filename="../app/mainwindow.cpp" line="500"/>
        <source>the demo profile</source>
        <translation>das Demoprofil</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="479"/>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Importiere %1 (%2 von %3)…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="480"/>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="493"/>
        <source>%1 was already in the cache</source>
        <translation>%1 war bereits im Cache</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="494"/>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="501"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="504"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="505"/>
        <source>Emberglass could not import %1.</source>
        <translation>Emberglass konnte %1 nicht importieren.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="511"/>
        <source>Nothing in the cache was changed.</source>
        <translation>Am Cache wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="521"/>
        <source>Import cancelled; the cache is as it was before.</source>
        <translation>Import abgebrochen; der Cache ist unverändert.</translation>
    </message>
</context>
<context>
    <name>eg::app::TracePages</name>
    <message>
        <location filename="../app/tracepages.cpp" line="57"/>
        <source>Trace %1 is not in the cache. Import the file that holds its spans (OpenTelemetry, Jaeger, Zipkin or a Sentry transaction).</source>
        <translation>Trace %1 ist nicht im Cache. Importieren Sie die Datei mit seinen Spans (OpenTelemetry, Jaeger, Zipkin oder eine Sentry-Transaktion).</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="71"/>
        <source>the cache</source>
        <translation>dem Zwischenspeicher</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="82"/>
        <source>Traces in %1</source>
        <translation>Traces in %1</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="95"/>
        <source>Loading trace %1…</source>
        <translation>Trace %1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="113"/>
        <source>Could not load trace %1: %2</source>
        <translation>Trace %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="124"/>
        <source>%1 (trace %2)</source>
        <translation>%1 (Trace %2)</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="133"/>
        <source>The profile of this span is not in the cache. Import the file that holds it (a Sentry profile or profile_chunk envelope).</source>
        <translation>Das Profil dieses Spans ist nicht im Zwischenspeicher. Importieren Sie die Datei, die es enthält (ein Sentry-Envelope mit profile oder profile_chunk).</translation>
    </message>
    <message>
        <location filename="../app/tracepages.cpp" line="139"/>
        <source>the span&apos;s %1</source>
        <translation>der %1 des Spans</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::CallTreeModel</name>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="81"/>
        <source>All samples</source>
        <translation>Alle Stichproben</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="83"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="96"/>
        <source>Total: %1 — every sample that has a call stack.</source>
        <translation>Gesamtzeit: %1 – alle Stichproben mit Aufrufstapel.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="99"/>
        <source>Idle, not shown: %1.</source>
        <translation>Leerlauf, nicht angezeigt: %1.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="106"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="109"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="113"/>
        <source>Total: %1 of all samples — this function and everything it called.</source>
        <translation>Gesamtzeit: %1 aller Stichproben – diese Funktion und alles, was sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="115"/>
        <source>Self: %1 — in this function&apos;s own code.</source>
        <translation>Eigenzeit: %1 – im eigenen Code dieser Funktion.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="118"/>
        <source>Seen in %1.</source>
        <translation>Enthalten in %1.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="210"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="212"/>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="214"/>
        <source>Total</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="219"/>
        <source>Functions as they called each other, the heaviest first.</source>
        <translation>Die Funktionen, wie sie einander aufgerufen haben; die mit dem größten Anteil zuerst.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="221"/>
        <source>What was spent in the function&apos;s own code, and its share of the whole profile.</source>
        <translation>Was im eigenen Code der Funktion verbraucht wurde, und der Anteil daran am gesamten Profil.</translation>
    </message>
    <message>
        <location filename="../models/item/calltreemodel.cpp" line="224"/>
        <source>What was spent in the function and everything it called, and its share of the whole profile.</source>
        <translation>Was in der Funktion und allem, was sie aufgerufen hat, verbraucht wurde, und der Anteil daran am gesamten Profil.</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::DiffTableModel</name>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="43"/>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="45"/>
        <source>%1 (gone)</source>
        <translation>%1 (weggefallen)</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="52"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="84"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="99"/>
        <source>Own code: %1 before, %2 after; %3.</source>
        <translation>Eigener Code: %1 vorher, %2 nachher; %3.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="103"/>
        <source>With what it called: %1 before, %2 after; %3.</source>
        <translation>Mit allem Aufgerufenen: %1 vorher, %2 nachher; %3.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="137"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="139"/>
        <source>Self before</source>
        <translation>Eigenzeit vorher</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="141"/>
        <source>Self after</source>
        <translation>Eigenzeit nachher</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="143"/>
        <source>Self change</source>
        <translation>± Eigenzeit</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="145"/>
        <source>Total before</source>
        <translation>Gesamtzeit vorher</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="147"/>
        <source>Total after</source>
        <translation>Gesamtzeit nachher</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="149"/>
        <source>Total change</source>
        <translation>± Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="156"/>
        <source>The functions whose time changed most, the biggest change of their own time first.</source>
        <translation>Die Funktionen, deren Zeit sich am stärksten geändert hat, die größte Änderung der eigenen Zeit zuerst.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="160"/>
        <source>Time in the function&apos;s own code, not in what it called.</source>
        <translation>Zeit im eigenen Code der Funktion, nicht in dem, was sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="162"/>
        <source>How its own time changed: red grew, blue shrank.</source>
        <translation>Wie sich die eigene Zeit geändert hat: rot gewachsen, blau geschrumpft.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="165"/>
        <source>Time in the function and everything it called, counted once when it calls itself.</source>
        <translation>Zeit in der Funktion und allem, was sie aufgerufen hat, einmal gezählt, wenn sie sich selbst aufruft.</translation>
    </message>
    <message>
        <location filename="../models/item/difftablemodel.cpp" line="168"/>
        <source>How its time with everything it called changed: red grew, blue shrank.</source>
        <translation>Wie sich ihre Zeit mit allem Aufgerufenen geändert hat: rot gewachsen, blau geschrumpft.</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::ErrorEventListModel</name>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="53"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="66"/>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="67"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="72"/>
        <source>Open trace %1</source>
        <translation>Trace %1 öffnen</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="73"/>
        <source>This event was not captured during a trace</source>
        <translation>Dieses Ereignis wurde nicht während eines Traces erfasst</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="74"/>
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="97"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="99"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="101"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="103"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location filename="../models/item/erroreventlistmodel.cpp" line="105"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::ErrorGroupModel</name>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="16"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="51"/>
        <location filename="../models/item/errorgroupmodel.cpp" line="185"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="162"/>
        <source>It happened once.</source>
        <translation>Es ist einmal passiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/errorgroupmodel.cpp" line="163"/>
        <source>It happened %n times.</source>
        <translation>
            <numerusform>Es ist %n-mal passiert.</numerusform>
            <numerusform>Es ist %n-mal passiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="183"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="187"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="189"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="191"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="197"/>
        <source>The kind of exception, or &quot;Message&quot; for an error reported as text</source>
        <translation>Die Art der Ausnahme, oder „Meldung“ für einen als Text gemeldeten Fehler</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="199"/>
        <source>What the latest occurrence said; occurrences that differ only in numbers or ids are one row</source>
        <translation>Was das letzte Auftreten sagte; Auftreten, die sich nur in Zahlen oder IDs unterscheiden, sind eine Zeile</translation>
    </message>
    <message>
        <location filename="../models/item/errorgroupmodel.cpp" line="202"/>
        <source>How many times it happened</source>
        <translation>Wie oft es passiert ist</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::FrameTreeModel</name>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="213"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="242"/>
        <source>Self: %1 of all samples spent in this function&apos;s own code, seen in %2. Open it to see who called it.</source>
        <translation>Eigenzeit: %1 aller Stichproben im eigenen Code dieser Funktion, enthalten in %2. Öffnen Sie sie, um zu sehen, wer sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="247"/>
        <source>Total: %1 of all samples in this function and what it called. Below: the functions that called it.</source>
        <translation>Gesamtzeit: %1 aller Stichproben in dieser Funktion und in dem, was sie aufgerufen hat. Darunter: die Funktionen, die sie aufgerufen haben.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="252"/>
        <source>Total: %1 of all samples; self: %2. Below: the functions it called.</source>
        <translation>Gesamtzeit: %1 aller Stichproben; Eigenzeit: %2. Darunter: die Funktionen, die sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="262"/>
        <source>Called %1: %2 of %3&apos;s own time came through this chain of calls.</source>
        <translation>Aufgerufen von %1: %2 der Eigenzeit von %3 kam über diese Aufrufkette.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="266"/>
        <source>Called %1: %2 of the time in %3 came through this chain of calls.</source>
        <translation>Aufgerufen von %1: %2 der Zeit in %3 kam über diese Aufrufkette.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="270"/>
        <source>Called by %1: %2 in total, %3 in its own code.</source>
        <translation>Aufgerufen von %1: insgesamt %2, davon %3 im eigenen Code.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="330"/>
        <source>Function ← called by</source>
        <translation>Funktion ← aufgerufen von</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="330"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="332"/>
        <location filename="../models/item/frametreemodel.cpp" line="334"/>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="334"/>
        <source>Total</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="336"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="342"/>
        <source>The function, then what it called, the heaviest first.</source>
        <translation>Die Funktion, dann was sie aufgerufen hat, die mit dem größten Anteil zuerst.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="343"/>
        <source>Functions, then below each the functions that called it.</source>
        <translation>Funktionen, darunter jeweils die Funktionen, die sie aufgerufen haben.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="345"/>
        <source>What was spent in the function&apos;s own code.</source>
        <translation>Was im eigenen Code der Funktion verbraucht wurde.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="348"/>
        <source>The top-level function&apos;s own time that went through this chain of callers, and its share of the whole profile.</source>
        <translation>Die Eigenzeit der obersten Funktion, die über diese Kette von Aufrufern lief, und ihr Anteil am gesamten Profil.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="350"/>
        <source>What was spent in the function and everything it called, through this chain of calls, and its share of the whole profile.</source>
        <translation>Was in der Funktion und allem, was sie aufgerufen hat, über diese Aufrufkette verbraucht wurde, und der Anteil daran am gesamten Profil.</translation>
    </message>
    <message>
        <location filename="../models/item/frametreemodel.cpp" line="353"/>
        <source>How many samples went through this row.</source>
        <translation>Wie viele Stichproben durch diese Zeile liefen.</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::FunctionTableModel</name>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="75"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="86"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="88"/>
        <source>Total: %1 in this function and what it called, seen in %2.</source>
        <translation>Gesamtzeit: %1 in dieser Funktion und in dem, was sie aufgerufen hat, enthalten in %2.</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="91"/>
        <source>Self: %1 in its own code.</source>
        <translation>Eigenzeit: %1 im eigenen Code.</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="130"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="132"/>
        <source>Self</source>
        <translation>Eigenzeit</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="134"/>
        <source>Total</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="136"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="141"/>
        <source>Every function that appears in the profile.</source>
        <translation>Alle Funktionen, die im Profil vorkommen.</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="143"/>
        <source>What was spent in the function&apos;s own code, and its share of the whole profile.</source>
        <translation>Was im eigenen Code der Funktion verbraucht wurde, und der Anteil daran am gesamten Profil.</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="146"/>
        <source>What was spent in the function and everything it called (counted once when it calls itself), and its share of the whole profile.</source>
        <translation>Was in der Funktion und allem, was sie aufgerufen hat, verbraucht wurde (einmal gezählt, wenn sie sich selbst aufruft), und der Anteil daran am gesamten Profil.</translation>
    </message>
    <message>
        <location filename="../models/item/functiontablemodel.cpp" line="149"/>
        <source>How many samples had the function on their call stack.</source>
        <translation>Wie viele Stichproben die Funktion in ihrem Aufrufstapel hatten.</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::LogTableModel</name>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="231"/>
        <source>unreadable time</source>
        <translation>unlesbare Zeit</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="232"/>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="255"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="267"/>
        <source>Written as “%1”</source>
        <translation>Geschrieben als „%1“</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="269"/>
        <source>Trace %1: double-click to open its waterfall</source>
        <translation>Trace %1: Doppelklick öffnet sein Wasserfalldiagramm</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="320"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="322"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="324"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="326"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../models/item/logtablemodel.cpp" line="328"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::SourcesModel</name>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="51"/>
        <source>%1
Imported from %2
on %3</source>
        <translation>%1
Importiert aus %2
am %3</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation type="vanished">
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="76"/>
        <source>1 profile</source>
        <translation>1 Profil</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/sourcesmodel.cpp" line="77"/>
        <source>%Ln profiles</source>
        <translation>
            <numerusform>%Ln Profil</numerusform>
            <numerusform>%Ln Profile</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="79"/>
        <source>1 trace</source>
        <translation>1 Trace</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/sourcesmodel.cpp" line="80"/>
        <source>%Ln traces</source>
        <translation>
            <numerusform>%Ln Trace</numerusform>
            <numerusform>%Ln Traces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="81"/>
        <source>1 span</source>
        <translation>1 Span</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/sourcesmodel.cpp" line="82"/>
        <source>%Ln spans</source>
        <translation>
            <numerusform>%Ln Span</numerusform>
            <numerusform>%Ln Spans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="85"/>
        <source>1 log line</source>
        <translation>1 Logzeile</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/sourcesmodel.cpp" line="86"/>
        <source>%Ln log lines</source>
        <translation>
            <numerusform>%Ln Logzeile</numerusform>
            <numerusform>%Ln Logzeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="88"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/item/sourcesmodel.cpp" line="89"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="103"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="105"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="107"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="109"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../models/item/sourcesmodel.cpp" line="111"/>
        <source>Contains</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>eg::itemmodels::TraceListModel</name>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="204"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="222"/>
        <source>Trace %1: %2 spans in %3, starting with %4</source>
        <translation>Trace %1: %2 Spans in %3, beginnend mit %4</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="241"/>
        <source>Root span</source>
        <translation>Wurzel-Span</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="243"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="245"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="247"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="249"/>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="251"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="257"/>
        <source>The first operation of the trace: usually the request or job that started everything else</source>
        <translation>Die erste Operation des Traces: meist die Anfrage oder der Auftrag, der alles andere gestartet hat</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="260"/>
        <source>Every service that did part of the work</source>
        <translation>Jeder Dienst, der einen Teil der Arbeit erledigt hat</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="262"/>
        <source>From the first span&apos;s start to the last span&apos;s end</source>
        <translation>Vom Beginn des ersten Spans bis zum Ende des letzten</translation>
    </message>
    <message>
        <location filename="../models/item/tracelistmodel.cpp" line="264"/>
        <source>Spans whose status says they failed</source>
        <translation>Spans, deren Status sagt, dass sie fehlgeschlagen sind</translation>
    </message>
</context>
<context>
    <name>eg::views::BreadcrumbTimeline</name>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="46"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="56"/>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="63"/>
        <source>%1 after</source>
        <translation>%1 danach</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="65"/>
        <source>%1 before</source>
        <translation>%1 davor</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="76"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="77"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="78"/>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="79"/>
        <source>message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="102"/>
        <source>the error</source>
        <translation>der Fehler</translation>
    </message>
    <message>
        <location filename="../views/breadcrumbtimeline.cpp" line="102"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>eg::views::CallTreeTab</name>
    <message>
        <location filename="../views/calltreetab.cpp" line="78"/>
        <location filename="../views/calltreetab.cpp" line="174"/>
        <source>Call tree</source>
        <translation>Aufrufbaum</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="80"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="84"/>
        <source>Callers</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="86"/>
        <source>Callees</source>
        <translation>Aufgerufene</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="95"/>
        <source>Top-down</source>
        <translation>Top-down</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="96"/>
        <source>Bottom-up</source>
        <translation>Bottom-up</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="97"/>
        <source>Caller – callee</source>
        <translation>Aufrufer – Aufgerufene</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="100"/>
        <source>Functions as they called each other, from the thread&apos;s start down.</source>
        <translation>Die Funktionen, wie sie einander aufgerufen haben, vom Start des Threads abwärts.</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="101"/>
        <source>Functions by their own time, with the functions that called them below.</source>
        <translation>Funktionen nach ihrer Eigenzeit, darunter die Funktionen, die sie aufgerufen haben.</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="102"/>
        <source>Pick a function to see who called it and what it called.</source>
        <translation>Wählen Sie eine Funktion, um zu sehen, wer sie aufgerufen hat und was sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="116"/>
        <source>Expand hot path</source>
        <translation>Heißen Pfad aufklappen</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="117"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="119"/>
        <source>Open the heaviest branch below the selected row down to its end and select it (H or Ctrl+E)</source>
        <translation>Den schwersten Zweig unter der ausgewählten Zeile bis zu seinem Ende aufklappen und auswählen (H oder Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="133"/>
        <source>Called by (callers)</source>
        <translation>Aufgerufen von (Aufrufer)</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="134"/>
        <source>Calls (callees)</source>
        <translation>Ruft auf (Aufgerufene)</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="179"/>
        <source>&lt;p&gt;&lt;b&gt;How to read the call tree&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Top-down&lt;/i&gt; starts where the thread started; open a row to see the functions it called. &lt;i&gt;Total&lt;/i&gt; is the time in a function and everything it called, &lt;i&gt;Self&lt;/i&gt; the time in its own code; the bars show the share of the whole profile.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bottom-up&lt;/i&gt; turns the tree around: the top rows are the functions that did the work themselves, heaviest first, and opening one shows who called it and how much of its time came through each caller.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Caller – callee&lt;/i&gt; lists every function; pick one to see its callers above and its callees below. Double-click a caller or callee to move to it.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;H&lt;/b&gt; (or Ctrl+E) to open the heaviest branch below the selected row down to its end. Click a column header to sort by it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie den Aufrufbaum&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;i&gt;Top-down&lt;/i&gt; beginnt dort, wo der Thread gestartet ist; öffnen Sie eine Zeile, um die Funktionen zu sehen, die sie aufgerufen hat. &lt;i&gt;Gesamtzeit&lt;/i&gt; ist die Zeit in einer Funktion und allem, was sie aufgerufen hat, &lt;i&gt;Eigenzeit&lt;/i&gt; die Zeit in ihrem eigenen Code; die Balken zeigen den Anteil am gesamten Profil.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Bottom-up&lt;/i&gt; dreht den Baum um: Die oberen Zeilen sind die Funktionen, die die Arbeit selbst erledigt haben, die mit dem größten Anteil zuerst; wenn Sie eine öffnen, sehen Sie, wer sie aufgerufen hat und wie viel ihrer Zeit über jeden Aufrufer kam.&lt;/p&gt;&lt;p&gt;&lt;i&gt;Aufrufer – Aufgerufene&lt;/i&gt; listet alle Funktionen auf; wählen Sie eine, um oben ihre Aufrufer und unten die von ihr aufgerufenen Funktionen zu sehen. Doppelklicken Sie auf einen Aufrufer oder eine aufgerufene Funktion, um dorthin zu wechseln.&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;H&lt;/b&gt; (oder Ctrl+E), um den schwersten Zweig unter der ausgewählten Zeile bis zu seinem Ende aufzuklappen. Klicken Sie auf einen Spaltenkopf, um danach zu sortieren.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/calltreetab.cpp" line="302"/>
        <source>Building the function list and the bottom-up tree…</source>
        <translation>Funktionsliste und Bottom-up-Baum werden erstellt…</translation>
    </message>
</context>
<context>
    <name>eg::views::DiffPage</name>
    <message>
        <source>%1 (new)</source>
        <translation type="vanished">%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation type="vanished">%1 (weggefallen)</translation>
    </message>
    <message>
        <source>%1 (%2%3)</source>
        <translation type="vanished">%1 (%2%3)</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="39"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="41"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="42"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="54"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="60"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="61"/>
        <source>The profile to compare from</source>
        <translation>Das Profil, von dem aus verglichen wird</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="63"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="64"/>
        <source>The profile to compare to</source>
        <translation>Das Profil, mit dem verglichen wird</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="78"/>
        <source>Paler: a smaller change.</source>
        <translation>Blasser: eine kleinere Änderung.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="80"/>
        <source>Bars are the calls of both profiles: each is as wide as its time after, plus the time of the calls below it that only the before profile has.</source>
        <translation>Die Balken sind die Aufrufe beider Profile: Jeder ist so breit wie seine Zeit danach, plus die Zeit der Aufrufe darunter, die nur das Profil davor hat.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="207"/>
        <source>more time after</source>
        <translation>nachher mehr Zeit</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="208"/>
        <source>less time after</source>
        <translation>nachher weniger Zeit</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="246"/>
        <source>All · %1 before → %2 after</source>
        <translation>Alles · %1 vorher → %2 nachher</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="267"/>
        <source>All samples</source>
        <translation>Alle Stichproben</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="275"/>
        <source>New: only the after profile has this call, %1 in total.</source>
        <translation>Neu: nur das Profil „nachher“ hat diesen Aufruf, %1 insgesamt.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="278"/>
        <source>Removed: only the before profile has this call; it took %1 there.</source>
        <translation>Entfernt: nur das Profil „vorher“ hat diesen Aufruf; dort dauerte er %1.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="281"/>
        <source>Total: %1 before, %2 after; %3.</source>
        <translation>Gesamt: %1 vorher, %2 nachher; %3.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="286"/>
        <source>Own code: %1 before, %2 after.</source>
        <translation>Eigener Code: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>The profile to compare to; the flame graph shows its shape</source>
        <translation type="vanished">Das Profil, mit dem verglichen wird; das Flammendiagramm zeigt seine Form</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="66"/>
        <source>Before:</source>
        <translation>Vorher:</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="68"/>
        <source>After:</source>
        <translation>Nachher:</translation>
    </message>
    <message>
        <source>grew</source>
        <translation type="vanished">gewachsen</translation>
    </message>
    <message>
        <source>shrank</source>
        <translation type="vanished">geschrumpft</translation>
    </message>
    <message>
        <source>new</source>
        <translation type="vanished">neu</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="211"/>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>Bars have the shape of the &quot;after&quot; profile. Paths that are gone have no bar; the table lists them.</source>
        <translation type="vanished">Die Balken haben die Form des „Nachher“-Profils. Weggefallene Pfade haben keinen Balken; die Tabelle listet sie auf.</translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="vanished">Funktion</translation>
    </message>
    <message>
        <source>Self before</source>
        <translation type="vanished">Eigenzeit vorher</translation>
    </message>
    <message>
        <source>Self after</source>
        <translation type="vanished">Eigenzeit nachher</translation>
    </message>
    <message>
        <source>Self change</source>
        <translation type="vanished">Änderung der Eigenzeit</translation>
    </message>
    <message>
        <source>Total before</source>
        <translation type="vanished">Gesamtzeit vorher</translation>
    </message>
    <message>
        <source>Total after</source>
        <translation type="vanished">Gesamtzeit nachher</translation>
    </message>
    <message>
        <source>Total change</source>
        <translation type="vanished">Änderung der Gesamtzeit</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="101"/>
        <source>Functions that changed most</source>
        <translation>Funktionen mit den größten Änderungen</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="123"/>
        <source>Select two sources in the list and press Compare.</source>
        <translation>Wählen Sie zwei Quellen in der Liste aus und klicken Sie auf „Vergleichen“.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="149"/>
        <source>Comparing %1 (before) with %2 (after)</source>
        <translation>%1 (vorher) wird mit %2 (nachher) verglichen</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="167"/>
        <source>One of the sources holds no profile, so there is nothing to compare.</source>
        <translation>Eine der Quellen enthält kein Profil, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="171"/>
        <source>Comparing the profiles…</source>
        <translation>Die Profile werden verglichen…</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="209"/>
        <source>new: only in the after profile</source>
        <translation>neu: nur im Profil „nachher“</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="210"/>
        <source>removed: only in the before profile</source>
        <translation>entfernt: nur im Profil „vorher“</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="222"/>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>New in this profile</source>
        <translation type="vanished">Neu in diesem Profil</translation>
    </message>
    <message>
        <source>Before: %1; change: %2</source>
        <translation type="vanished">Vorher: %1; Änderung: %2</translation>
    </message>
    <message>
        <location filename="../views/diffpage.cpp" line="270"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
</context>
<context>
    <name>eg::views::ErrorListPage</name>
    <message>
        <location filename="../views/errorlistpage.cpp" line="75"/>
        <source>Search errors by type, message or culprit…</source>
        <translation>Fehler nach Typ, Meldung oder Verursacher suchen…</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="77"/>
        <source>Keeps the kinds of error whose type, message or culprit (where it was raised) holds all these words, in any case</source>
        <translation>Behält die Fehlerarten, deren Typ, Meldung oder Verursacher (die Stelle, an der der Fehler auftrat) alle diese Wörter enthält, gleich ob groß oder klein geschrieben</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="79"/>
        <source>Search errors</source>
        <translation>Fehler suchen</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="159"/>
        <source>the cache</source>
        <translation>dem Cache</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorlistpage.cpp" line="204"/>
        <source>Showing %1 of %n kinds of error</source>
        <translation>
            <numerusform>Gezeigt: %1 von %n Fehlerart</numerusform>
            <numerusform>Gezeigt: %1 von %n Fehlerarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="243"/>
        <source>The one time %1 happened (double-click to open it)</source>
        <translation>Das eine Mal, als %1 passierte (Doppelklick öffnet es)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorlistpage.cpp" line="244"/>
        <source>Each of the %n times %1 happened (double-click one to open it)</source>
        <translation>
            <numerusform>Das %n Mal, als %1 passierte (Doppelklick öffnet es)</numerusform>
            <numerusform>Jedes der %n Male, als %1 passierte (Doppelklick öffnet eines)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="253"/>
        <source>There are no errors in %1.</source>
        <translation>In %1 gibt es keine Fehler.</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="260"/>
        <source>1 kind of error</source>
        <translation>1 Fehlerart</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorlistpage.cpp" line="260"/>
        <source>%n kinds of error</source>
        <translation>
            <numerusform>%n Fehlerart</numerusform>
            <numerusform>%n Fehlerarten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="261"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorlistpage.cpp" line="261"/>
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="263"/>
        <source>%1, %2 in %3.</source>
        <translation>%1, %2 in %3.</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="271"/>
        <source>The most frequent: %1 “%2”, once</source>
        <translation>Am häufigsten: %1 „%2“, einmal</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorlistpage.cpp" line="273"/>
        <source>The most frequent: %1 “%2”, %n times</source>
        <translation>
            <numerusform>Am häufigsten: %1 „%2“, %n-mal</numerusform>
            <numerusform>Am häufigsten: %1 „%2“, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="276"/>
        <source>, last at %1</source>
        <translation>, zuletzt um %1</translation>
    </message>
    <message>
        <location filename="../views/errorlistpage.cpp" line="278"/>
        <source>Select a kind to see each time it happened; open one to see its stack trace and what led up to it.</source>
        <translation>Wählen Sie eine Art, um jedes Auftreten zu sehen; öffnen Sie eines, um seinen Stacktrace und die Schritte davor zu sehen.</translation>
    </message>
</context>
<context>
    <name>eg::views::ErrorPage</name>
    <message>
        <location filename="../views/errorpage.cpp" line="107"/>
        <source>Open trace</source>
        <translation>Trace öffnen</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="108"/>
        <source>Logs of this trace</source>
        <translation>Logs dieses Traces</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="109"/>
        <source>Each stack trace starts with the newest call, the line that raised the error, and goes down to the oldest. Your own code is highlighted with the lines around it; library and runtime code is folded: click a fold to open it.</source>
        <translation>Jeder Stacktrace beginnt mit dem neuesten Aufruf, der Zeile, die den Fehler auslöste, und geht hinunter bis zum ältesten. Ihr eigener Code ist mit den Zeilen darum hervorgehoben; Code von Bibliotheken und Laufzeit ist eingeklappt: ein Klick klappt ihn auf.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="117"/>
        <source>The app recorded no steps before this error.</source>
        <translation>Die App hat vor diesem Fehler keine Schritte aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="119"/>
        <source>No tags.</source>
        <translation>Keine Tags.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="121"/>
        <source>No contexts.</source>
        <translation>Keine Kontexte.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="148"/>
        <source>What was raised</source>
        <translation>Was ausgelöst wurde</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="150"/>
        <source>What happened before</source>
        <translation>Was davor geschah</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="151"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="152"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="195"/>
        <source>No error is selected.</source>
        <translation>Kein Fehler ausgewählt.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="213"/>
        <source>Level: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="214"/>
        <source>Release: %1</source>
        <translation>Release: %1</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="215"/>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="216"/>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="222"/>
        <source>This error was not captured during a trace.</source>
        <translation>Dieser Fehler wurde nicht während eines Traces erfasst.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="224"/>
        <source>Show trace %1 with the span that was running</source>
        <translation>Trace %1 mit dem laufenden Span zeigen</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="227"/>
        <source>Show the log lines of trace %1</source>
        <translation>Die Logzeilen von Trace %1 zeigen</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="262"/>
        <source>A message was reported as %1: “%2”.</source>
        <translation>Eine Meldung wurde als %1 gemeldet: „%2“.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="263"/>
        <source>an error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="271"/>
        <source> — raised in %1 (your code, %2)</source>
        <translation> — ausgelöst in %1 (Ihr Code, %2)</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="274"/>
        <source> — raised in %1 (library code, %2)</source>
        <translation> — ausgelöst in %1 (Bibliothekscode, %2)</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="278"/>
        <source>, caused by %1: %2</source>
        <translation>, verursacht durch %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorpage.cpp" line="290"/>
        <source>It happened %n times between %1 and %2</source>
        <translation>
            <numerusform>Es ist %n-mal zwischen %1 und %2 passiert</numerusform>
            <numerusform>Es ist %n-mal zwischen %1 und %2 passiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="293"/>
        <source>; this time at %1</source>
        <translation>; dieses Mal um %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/errorpage.cpp" line="295"/>
        <source>It happened %n times, this time at %1</source>
        <translation>
            <numerusform>Es ist %n-mal passiert, dieses Mal um %1</numerusform>
            <numerusform>Es ist %n-mal passiert, dieses Mal um %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="297"/>
        <source>It happened at %1</source>
        <translation>Es ist um %1 passiert</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="299"/>
        <source>Its time is not known</source>
        <translation>Seine Zeit ist unbekannt</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="314"/>
        <source>, during trace %1</source>
        <translation>, während Trace %1</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="315"/>
        <source>, during trace %1 (%2)</source>
        <translation>, während Trace %1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="318"/>
        <source>, outside any trace</source>
        <translation>, außerhalb jedes Traces</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="325"/>
        <source>The app caught it and reported it (handled).</source>
        <translation>Die App hat ihn abgefangen und gemeldet (behandelt).</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="326"/>
        <source>Nothing in the app caught it (unhandled).</source>
        <translation>Nichts in der App hat ihn abgefangen (unbehandelt).</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="343"/>
        <source>No exception: the app reported a message, so there is no stack trace.</source>
        <translation>Keine Ausnahme: die App hat eine Meldung gesendet, daher gibt es keinen Stacktrace.</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="350"/>
        <source>caused by</source>
        <translation>verursacht durch</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="354"/>
        <source>handled</source>
        <translation>behandelt</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="354"/>
        <source>unhandled</source>
        <translation>unbehandelt</translation>
    </message>
    <message>
        <location filename="../views/errorpage.cpp" line="356"/>
        <source>mechanism: %1</source>
        <translation>Mechanismus: %1</translation>
    </message>
</context>
<context>
    <name>eg::views::FlameChartMinimap</name>
    <message>
        <location filename="../views/flamechartminimap.cpp" line="24"/>
        <source>Overview of the whole profile</source>
        <translation>Übersicht über das gesamte Profil</translation>
    </message>
    <message>
        <location filename="../views/flamechartminimap.cpp" line="25"/>
        <source>The whole profile; the frame marks what the chart below shows. Drag it, or press beside it, to look at another part.</source>
        <translation>Das gesamte Profil; der Rahmen markiert, was das Diagramm darunter zeigt. Ziehen Sie ihn oder klicken Sie daneben, um einen anderen Teil anzusehen.</translation>
    </message>
</context>
<context>
    <name>eg::views::FlameChartTab</name>
    <message>
        <location filename="../views/flamecharttab.cpp" line="22"/>
        <source>Visible time range</source>
        <translation>Sichtbarer Zeitbereich</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="49"/>
        <source>Flame chart</source>
        <translation>Zeitdiagramm</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="54"/>
        <source>&lt;p&gt;&lt;b&gt;How to read this view&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Time runs left to right; each row is one level of the call stack, the outermost function on top and the functions it called below it. A bar is one call: it starts when the function was first seen on the stack and ends when it left. Gaps are time with nothing on the stack.&lt;/p&gt;&lt;p&gt;Zoom with the mouse wheel, a pinch, or the + and - keys (0 shows everything); drag, or press A and D or the arrow keys, to move. Bars too short to tell apart are drawn as one; click them to zoom in. The strip on top shows the whole profile: drag its frame to look at another part.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie diese Ansicht&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Zeit verläuft von links nach rechts; jede Zeile ist eine Ebene des Aufrufstapels, die äußerste Funktion oben und die von ihr aufgerufenen Funktionen darunter. Ein Balken ist ein Aufruf: Er beginnt, als die Funktion zum ersten Mal auf dem Stapel gesehen wurde, und endet, als sie ihn verlassen hat. Lücken sind Zeit, in der nichts auf dem Stapel lag.&lt;/p&gt;&lt;p&gt;Zoomen Sie mit dem Mausrad, einer Zwei-Finger-Geste oder den Tasten + und - (0 zeigt alles); ziehen Sie oder drücken Sie A und D oder die Pfeiltasten, um sich zu bewegen. Balken, die zu kurz sind, um sie zu unterscheiden, werden als einer gezeichnet; klicken Sie darauf, um hineinzuzoomen. Der Streifen oben zeigt das gesamte Profil: Ziehen Sie seinen Rahmen, um einen anderen Teil anzusehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="114"/>
        <source>Laying out the calls in time…</source>
        <translation>Aufrufe werden zeitlich angeordnet…</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="117"/>
        <source>No profile is open.</source>
        <translation>Kein Profil geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="119"/>
        <source>This profile has no time to show.</source>
        <translation>Dieses Profil enthält keine Zeit zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="124"/>
        <source>Showing %1 of %2, from the start</source>
        <translation>%1 von %2 angezeigt, ab dem Anfang</translation>
    </message>
    <message>
        <location filename="../views/flamecharttab.cpp" line="127"/>
        <source>Showing %1 of %2, from %3</source>
        <translation>%1 von %2 angezeigt, ab %3</translation>
    </message>
</context>
<context>
    <name>eg::views::FlameChartView</name>
    <message>
        <location filename="../views/flamechartview.cpp" line="38"/>
        <source>Flame chart</source>
        <translation>Zeitdiagramm</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="39"/>
        <source>Time runs left to right; each row is one level of the call stack and each bar one call.</source>
        <translation>Die Zeit verläuft von links nach rechts; jede Zeile ist eine Ebene des Aufrufstapels und jeder Balken ein Aufruf.</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="175"/>
        <location filename="../views/flamechartview.cpp" line="470"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="293"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="294"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="295"/>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="296"/>
        <source>%1 ns</source>
        <translation>%1 ns</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="425"/>
        <source>No sample of this profile has a call stack, so there is nothing to draw.</source>
        <translation>Keine Stichprobe dieses Profils hat einen Aufrufstapel, daher gibt es nichts zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="427"/>
        <source>No profile to show.</source>
        <translation>Kein Profil zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="464"/>
        <source>%1 calls, too short to tell apart at this zoom
From %2 for %3 (%4 of the visible range)
Zoom in (wheel, +, W) to see them one by one.</source>
        <translation>%1 Aufrufe, bei diesem Zoom zu kurz, um sie zu unterscheiden
Ab %2 für %3 (%4 des sichtbaren Bereichs)
Zoomen Sie hinein (Mausrad, +, W), um sie einzeln zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="473"/>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="475"/>
        <source>Started at %1 and ran for %2</source>
        <translation>Gestartet bei %1, Laufzeit %2</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="476"/>
        <source>%1 of the visible range</source>
        <translation>%1 des sichtbaren Bereichs</translation>
    </message>
    <message>
        <location filename="../views/flamechartview.cpp" line="477"/>
        <source>Call depth %1</source>
        <translation>Aufruftiefe %1</translation>
    </message>
</context>
<context>
    <name>eg::views::FlameGraphColours</name>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="75"/>
        <source>Application code</source>
        <translation>Anwendungscode</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="76"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="79"/>
        <source>Your code</source>
        <translation>Ihr Code</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="80"/>
        <source>Libraries and runtime</source>
        <translation>Bibliotheken und Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="86"/>
        <source>No self time</source>
        <translation>Keine Eigenzeit</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="89"/>
        <source>Most self time (%1)</source>
        <translation>Meiste Eigenzeit (%1)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="114"/>
        <source>(unknown module)</source>
        <translation>(unbekanntes Modul)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphcolours.cpp" line="117"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/flamegraphcolours.cpp" line="122"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::views::FlameGraphPane</name>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="28"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="29"/>
        <source>What the colours of the flame graph stand for</source>
        <translation>Wofür die Farben des Flammendiagramms stehen</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="30"/>
        <source>Function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="31"/>
        <source>Module or package</source>
        <translation>Modul oder Paket</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="32"/>
        <source>Your code vs libraries</source>
        <translation>Ihr Code oder Bibliotheken</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="33"/>
        <source>Self time (heat)</source>
        <translation>Eigenzeit (Hitze)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="34"/>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="39"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="42"/>
        <source>Only my code</source>
        <translation>Nur mein Code</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="44"/>
        <source>Hide library and runtime frames; their time is counted in the function of your code that called them</source>
        <translation>Bibliotheks- und Laufzeit-Frames ausblenden; ihre Zeit wird der Funktion Ihres Codes zugerechnet, die sie aufgerufen hat</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="47"/>
        <source>Patterns…</source>
        <translation>Muster…</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="48"/>
        <source>Which modules, files and functions are not your code</source>
        <translation>Welche Module, Dateien und Funktionen nicht zu Ihrem Code gehören</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="100"/>
        <source>Not my code</source>
        <translation>Nicht mein Code</translation>
    </message>
    <message>
        <location filename="../views/flamegraphpane.cpp" line="101"/>
        <source>One pattern per line, matched against a frame&apos;s module, file and name. * is any text, ? one character. Frames that match are libraries; a line starting with + marks your own code instead.</source>
        <translation>Ein Muster pro Zeile, verglichen mit Modul, Datei und Name eines Frames. * steht für beliebigen Text, ? für ein Zeichen. Passende Frames gelten als Bibliotheken; eine Zeile, die mit + beginnt, kennzeichnet stattdessen Ihren eigenen Code.</translation>
    </message>
</context>
<context>
    <name>eg::views::FlameGraphView</name>
    <message>
        <location filename="../views/flamegraphview.cpp" line="32"/>
        <source>Flame graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="33"/>
        <source>Each bar is a function; its width is its share of the profile, and the bars below it are the functions it called.</source>
        <translation>Jeder Balken steht für eine Funktion; seine Breite zeigt ihren Anteil am Profil, und die Balken darunter sind die Funktionen, die sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="115"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="239"/>
        <source>Invalid regular expression</source>
        <translation>Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="244"/>
        <source>No function matches</source>
        <translation>Keine Funktion passt</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="248"/>
        <source>of the memory</source>
        <translation>des Speichers</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="251"/>
        <source>of the samples</source>
        <translation>der Stichproben</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="254"/>
        <source>of the time</source>
        <translation>der Zeit</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="261"/>
        <source>1 match (%1 %2)</source>
        <translation>1 Treffer (%1 %2)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="262"/>
        <source>%1 matches (%2 %3)</source>
        <translation>%1 Treffer (%2 %3)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="264"/>
        <source>%1 of 1 match (%2 %3)</source>
        <translation>%1 von 1 Treffer (%2 %3)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="265"/>
        <source>%1 of %2 matches (%3 %4)</source>
        <translation>%1 von %2 Treffern (%3 %4)</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="475"/>
        <source>%1 small functions, %2 together.
Click to zoom in and see them.</source>
        <translation>%1 kleine Funktionen, zusammen %2.
Klicken Sie, um hineinzuzoomen und sie zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="489"/>
        <source>Click to zoom in; Esc zooms back out.</source>
        <translation>Klicken Sie zum Hineinzoomen; Esc zoomt wieder heraus.</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="500"/>
        <source>All · %1</source>
        <translation>Gesamt · %1</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="558"/>
        <source>Zoomed in · Esc zooms out</source>
        <translation>Hineingezoomt · Esc zoomt heraus</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="579"/>
        <source>No sample of this profile has a call stack with any weight, so there is nothing to draw.</source>
        <translation>Keine Stichprobe dieses Profils hat einen Aufrufstapel mit einem Gewicht größer als null, daher gibt es nichts zu zeichnen.</translation>
    </message>
    <message>
        <location filename="../views/flamegraphview.cpp" line="581"/>
        <source>No profile to show.</source>
        <translation>Kein Profil zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>eg::views::KeyValueTable</name>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/keyvaluetable.cpp" line="10"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>eg::views::LogDetailsPanel</name>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="50"/>
        <source>Open its trace</source>
        <translation>Seinen Trace öffnen</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="51"/>
        <source>Shows the waterfall of the trace this line was written in, with its span selected</source>
        <translation>Zeigt das Wasserfalldiagramm des Traces, in dem diese Zeile geschrieben wurde, mit ausgewähltem Span</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="53"/>
        <source>Show surrounding lines</source>
        <translation>Umgebende Zeilen zeigen</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="54"/>
        <source>The lines written just before and after this one in its file, whatever the filters</source>
        <translation>Die Zeilen, die in ihrer Datei kurz vor und nach dieser geschrieben wurden, unabhängig von den Filtern</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="59"/>
        <source>Log line details</source>
        <translation>Details der Logzeile</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="82"/>
        <source>No line selected</source>
        <translation>Keine Zeile ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="83"/>
        <source>Click a line of the table to see it whole here: its message, trace, span and attributes.</source>
        <translation>Klicken Sie auf eine Zeile der Tabelle, um sie hier ganz zu sehen: Meldung, Trace, Span und Attribute.</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="103"/>
        <source>%1 line</source>
        <translation>Zeile der Stufe %1</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="105"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="108"/>
        <source>unreadable; listed by its place in the file</source>
        <translation>unlesbar; nach ihrer Stelle in der Datei eingeordnet</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="109"/>
        <source>none; listed by its place in the file</source>
        <translation>keine; nach ihrer Stelle in der Datei eingeordnet</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="110"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="115"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="117"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="119"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="120"/>
        <source>Line in file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="122"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="126"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="129"/>
        <source>This line has no attributes.</source>
        <translation>Diese Zeile hat keine Attribute.</translation>
    </message>
    <message>
        <location filename="../views/logdetailspanel.cpp" line="144"/>
        <source>Surrounding lines in its file</source>
        <translation>Umgebende Zeilen in ihrer Datei</translation>
    </message>
</context>
<context>
    <name>eg::views::LogFilterBar</name>
    <message>
        <location filename="../views/logfilterbar.cpp" line="42"/>
        <source>Search log messages…</source>
        <translation>Logmeldungen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="44"/>
        <source>Keeps the lines whose message holds all these words (the last one may be the start of a word); matches are marked</source>
        <translation>Behält die Zeilen, deren Meldung alle diese Wörter enthält (das letzte darf ein Wortanfang sein); Treffer werden markiert</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="46"/>
        <source>Search log messages</source>
        <translation>Logmeldungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="70"/>
        <source>Show or hide the %1 lines</source>
        <translation>Zeilen der Stufe %1 zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="80"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="81"/>
        <source>Only the lines of one service</source>
        <translation>Nur die Zeilen eines Dienstes</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="82"/>
        <location filename="../views/logfilterbar.cpp" line="176"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="87"/>
        <source>attribute=value</source>
        <translation>attribut=wert</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="89"/>
        <source>Only the lines whose attribute has this value, for example http.status_code=500</source>
        <translation>Nur die Zeilen, deren Attribut diesen Wert hat, zum Beispiel http.status_code=500</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="91"/>
        <source>Attribute filter</source>
        <translation>Attributfilter</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="168"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="181"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/logfilterbar.cpp" line="187"/>
        <source>%1 (0)</source>
        <translation>%1 (0)</translation>
    </message>
</context>
<context>
    <name>eg::views::LogHistogramView</name>
    <message>
        <source>Drag across the chart to look at that stretch of time</source>
        <translation type="vanished">Über das Diagramm ziehen, um diesen Zeitabschnitt anzusehen</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="80"/>
        <source>Drag across the chart to look at that stretch of time; turn the mouse wheel to look closer or wider around the pointer</source>
        <translation>Über das Diagramm ziehen, um diesen Zeitabschnitt anzusehen; mit dem Mausrad um den Mauszeiger herum näher heran- oder weiter hinausgehen</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="158"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="167"/>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="272"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="276"/>
        <source>%1–%2: no lines</source>
        <translation>%1–%2: keine Zeilen</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="278"/>
        <source>%1–%2: one line, %3</source>
        <translation>%1–%2: eine Zeile, %3</translation>
    </message>
    <message>
        <location filename="../views/loghistogramview.cpp" line="279"/>
        <source>%1–%2: %3 lines: %4</source>
        <translation>%1–%2: %3 Zeilen: %4</translation>
    </message>
</context>
<context>
    <name>eg::views::LogTimelinePage</name>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="44"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="53"/>
        <source>Clear range</source>
        <translation>Bereich aufheben</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="54"/>
        <source>Show the whole time again</source>
        <translation>Wieder die ganze Zeit zeigen</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="58"/>
        <source>Log volume by level over time</source>
        <translation>Logvolumen nach Stufe über die Zeit</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="86"/>
        <source>Log lines</source>
        <translation>Logzeilen</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="153"/>
        <source>Each bar of the chart is one stretch of time; its height is how many lines were written then, split by level: the quiet trace, debug and info lines at the bottom, warnings and errors on top in amber and red. Drag across the chart, or turn the mouse wheel over it, to look at a shorter stretch; the table below follows. Double-click a line with a trace to open its waterfall.</source>
        <translation>Jeder Balken des Diagramms ist ein Zeitabschnitt; seine Höhe ist die Zahl der Zeilen, die in ihm geschrieben wurden, nach Stufe geteilt: die ruhigen Trace-, Debug- und Info-Zeilen unten, Warnungen und Fehler oben in Bernstein und Rot. Ziehen Sie über das Diagramm oder drehen Sie darüber das Mausrad, um einen kürzeren Abschnitt anzusehen; die Tabelle darunter folgt. Ein Doppelklick auf eine Zeile mit Trace öffnet sein Wasserfalldiagramm.</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="268"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="269"/>
        <source>Showing the first lines found; counting every match…</source>
        <translation>Die ersten gefundenen Zeilen; alle Treffer werden gezählt…</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="303"/>
        <source>Showing the whole time. Drag across the chart or turn the mouse wheel to look closer.</source>
        <translation>Die ganze Zeit wird gezeigt. Ziehen Sie über das Diagramm oder drehen Sie das Mausrad, um genauer hinzusehen.</translation>
    </message>
    <message>
        <source>Each bar of the chart is one stretch of time; its height is how many lines were written then, split by level: the quiet trace, debug and info lines at the bottom, warnings and errors on top in amber and red. Drag across the chart to look at a shorter stretch; the table below follows. Double-click a line with a trace to open its waterfall.</source>
        <translation type="vanished">Jeder Balken des Diagramms ist ein Zeitabschnitt; seine Höhe ist die Zahl der Zeilen, die in ihm geschrieben wurden, nach Stufe geteilt: die ruhigen Trace-, Debug- und Info-Zeilen unten, Warnungen und Fehler oben in Bernstein und Rot. Ziehen Sie über das Diagramm, um einen kürzeren Abschnitt anzusehen; die Tabelle darunter folgt. Ein Doppelklick auf eine Zeile mit Trace öffnet sein Wasserfalldiagramm.</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="179"/>
        <source>Reading the log lines…</source>
        <translation>Die Logzeilen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="180"/>
        <source>Reading the log lines of %1…</source>
        <translation>Die Logzeilen von %1 werden gelesen…</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="289"/>
        <source>Logs of %1: %2</source>
        <translation>Logs von %1: %2</translation>
    </message>
    <message>
        <source>Showing the whole time. Drag across the chart to look closer.</source>
        <translation type="vanished">Die ganze Zeit wird gezeigt. Ziehen Sie über das Diagramm, um genauer hinzusehen.</translation>
    </message>
    <message>
        <location filename="../views/logtimelinepage.cpp" line="308"/>
        <source>Showing %1 to %2 (%3) only.</source>
        <translation>Nur %1 bis %2 (%3) wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>eg::views::ProfilePanel</name>
    <message>
        <location filename="../views/profilepanel.cpp" line="56"/>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="58"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="70"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="74"/>
        <source>The profile (thread) to show</source>
        <translation>Das anzuzeigende Profil (Thread)</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="75"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="80"/>
        <source>Search functions…</source>
        <translation>Funktionen suchen…</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="82"/>
        <location filename="../views/profilepanel.cpp" line="529"/>
        <source>Highlights the functions whose name contains this text</source>
        <translation>Hebt die Funktionen hervor, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="83"/>
        <source>Search functions</source>
        <translation>Funktionen suchen</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="91"/>
        <source>Search with a regular expression</source>
        <translation>Mit einem regulären Ausdruck suchen</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="92"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="95"/>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+F3, Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="96"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="99"/>
        <source>Next match, heaviest first (F3, Enter)</source>
        <translation>Nächster Treffer, der größte zuerst (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="100"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="106"/>
        <location filename="../views/profilepanel.cpp" line="107"/>
        <source>How to read this view</source>
        <translation>So lesen Sie diese Ansicht</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="119"/>
        <source>Call tree</source>
        <translation>Aufrufbaum</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="154"/>
        <source>Flame graph</source>
        <translation>Flammendiagramm</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="190"/>
        <location filename="../views/profilepanel.cpp" line="269"/>
        <source>No profile is open.</source>
        <translation>Kein Profil geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="202"/>
        <source>&lt;p&gt;&lt;b&gt;How to read this view&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each bar is a function. Its width is its share of the whole profile: the time spent in it and in everything it called. The bars below a function are the functions it called; the top row stands for all samples.&lt;/p&gt;&lt;p&gt;The widest bars are where the time went. Where a wide bar has nothing below it, the function spent that time in its own code (its &lt;i&gt;self&lt;/i&gt; time).&lt;/p&gt;&lt;p&gt;Click a bar to zoom in, press Esc to zoom back out, double-click the top row to see everything again. Type in the search field to highlight functions by name. The table beside the graph shows the same calls as a tree.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie diese Ansicht&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder Balken steht für eine Funktion. Seine Breite zeigt ihren Anteil am gesamten Profil: die Zeit, die in ihr und in allem, was sie aufgerufen hat, verbracht wurde. Die Balken unter einer Funktion sind die Funktionen, die sie aufgerufen hat; die oberste Zeile steht für alle Stichproben.&lt;/p&gt;&lt;p&gt;Bei den breitesten Balken wurde die meiste Zeit verbraucht. Wo unter einem breiten Balken nichts mehr liegt, hat die Funktion diese Zeit in ihrem eigenen Code verbracht (ihre &lt;i&gt;Eigenzeit&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Klicken Sie auf einen Balken, um hineinzuzoomen, drücken Sie Esc, um wieder herauszuzoomen, und doppelklicken Sie auf die oberste Zeile, um wieder alles zu sehen. Tippen Sie in das Suchfeld, um Funktionen anhand ihres Namens hervorzuheben. Die Tabelle neben dem Diagramm zeigt dieselben Aufrufe als Baum.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="290"/>
        <source>Loading the profile…</source>
        <translation>Profil wird geladen…</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="330"/>
        <source>Could not load this profile: %1</source>
        <translation>Dieses Profil konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="337"/>
        <source>This profile has no wall clock to line it up with %1, so all of it is shown. %2</source>
        <translation>Dieses Profil hat keine Uhrzeit, an der es sich mit %1 abgleichen ließe, daher wird es ganz gezeigt. %2</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="340"/>
        <source>Only the samples recorded during %1 are shown. %2</source>
        <translation>Gezeigt werden nur die Stichproben, die während %1 aufgezeichnet wurden. %2</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="343"/>
        <source>Only your code is shown: time in libraries counts for the function that called them. %1</source>
        <translation>Nur Ihr Code wird angezeigt: Die Zeit in Bibliotheken wird der Funktion zugerechnet, die sie aufgerufen hat. %1</translation>
    </message>
    <message>
        <location filename="../views/profilepanel.cpp" line="530"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>Matches: %1 of the profile</source>
        <translation type="vanished">Treffer: %1 des Profils</translation>
    </message>
    <message>
        <source>No function matches</source>
        <translation type="vanished">Keine Funktion passt</translation>
    </message>
</context>
<context>
    <name>eg::views::ProfileSummaryPanel</name>
    <message>
        <location filename="../views/profilesummarypanel.cpp" line="24"/>
        <location filename="../views/profilesummarypanel.cpp" line="30"/>
        <source>Summary in sentences</source>
        <translation>Zusammenfassung in Sätzen</translation>
    </message>
    <message>
        <location filename="../views/profilesummarypanel.cpp" line="72"/>
        <source>Hide the summary</source>
        <translation>Zusammenfassung ausblenden</translation>
    </message>
    <message>
        <location filename="../views/profilesummarypanel.cpp" line="72"/>
        <source>Show the summary</source>
        <translation>Zusammenfassung anzeigen</translation>
    </message>
    <message>
        <location filename="../views/profilesummarypanel.cpp" line="73"/>
        <source>Fold the summary away, keeping the headline</source>
        <translation>Zusammenfassung einklappen, die Überschrift bleibt sichtbar</translation>
    </message>
    <message>
        <location filename="../views/profilesummarypanel.cpp" line="74"/>
        <source>Show the profile&apos;s figures in a few sentences</source>
        <translation>Die Kennzahlen des Profils in wenigen Sätzen anzeigen</translation>
    </message>
</context>
<context>
    <name>eg::views::SandwichTab</name>
    <message>
        <location filename="../views/sandwichtab.cpp" line="40"/>
        <source>(unnamed function)</source>
        <translation>(unbenannte Funktion)</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="61"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="65"/>
        <source>Callers</source>
        <translation>Aufrufer</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="67"/>
        <source>Callees</source>
        <translation>Aufgerufene</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="74"/>
        <source>Summary of the picked function</source>
        <translation>Zusammenfassung der gewählten Funktion</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="77"/>
        <source>Called by (callers)</source>
        <translation>Aufgerufen von (Aufrufer)</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="78"/>
        <source>Calls (callees)</source>
        <translation>Ruft auf (Aufgerufene)</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="101"/>
        <location filename="../views/sandwichtab.cpp" line="207"/>
        <source>Pick a function in the table to see who called it and what it called.</source>
        <translation>Wählen Sie eine Funktion in der Tabelle, um zu sehen, wer sie aufgerufen hat und was sie aufgerufen hat.</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="111"/>
        <source>Sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="116"/>
        <source>&lt;p&gt;&lt;b&gt;How to read the sandwich&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The table lists every function with its &lt;i&gt;self&lt;/i&gt; time (in its own code), its &lt;i&gt;total&lt;/i&gt; time (with everything it called, counted once when it calls itself) and the number of samples it was seen in. Click a column header to sort.&lt;/p&gt;&lt;p&gt;Pick a function: the upper tree shows who called it (open a row to go further up the calls), the lower tree what it called. The sentence above says the same in words. Double-click a caller or callee to move the sandwich to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie das Sandwich&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Tabelle listet alle Funktionen mit ihrer &lt;i&gt;Eigenzeit&lt;/i&gt; (im eigenen Code), ihrer &lt;i&gt;Gesamtzeit&lt;/i&gt; (mit allem, was sie aufgerufen hat, einmal gezählt, wenn sie sich selbst aufruft) und der Anzahl der Stichproben, in denen sie enthalten war. Klicken Sie auf einen Spaltenkopf, um zu sortieren.&lt;/p&gt;&lt;p&gt;Wählen Sie eine Funktion: Der obere Baum zeigt, wer sie aufgerufen hat (öffnen Sie eine Zeile, um den Aufrufen weiter nach oben zu folgen), der untere Baum, was sie aufgerufen hat. Der Satz darüber sagt dasselbe in Worten. Doppelklicken Sie auf einen Aufrufer oder eine aufgerufene Funktion, um das Sandwich dorthin zu verschieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="133"/>
        <source>`%1` does not appear in any sample.</source>
        <translation>`%1` kommt in keiner Stichprobe vor.</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="134"/>
        <source>`%1` took %2 in total, %3 of it in its own code;</source>
        <translation>`%1` hat insgesamt %2 beansprucht, davon %3 im eigenen Code;</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="143"/>
        <source>no other function called it: it is where the thread&apos;s calls start.</source>
        <translation>keine andere Funktion hat sie aufgerufen: Hier beginnen die Aufrufe des Threads.</translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="149"/>
        <source>it was called only from `%1`.</source>
        <translation>sie wurde nur von `%1` aufgerufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/sandwichtab.cpp" line="152"/>
        <source>it was called from %n places, mostly `%1` (%2).</source>
        <translation>
            <numerusform>sie wurde von %n Stelle aus aufgerufen, meist von `%1` (%2).</numerusform>
            <numerusform>sie wurde von %n Stellen aus aufgerufen, meist von `%1` (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/sandwichtab.cpp" line="185"/>
        <source>Building the function table…</source>
        <translation>Die Funktionstabelle wird erstellt…</translation>
    </message>
</context>
<context>
    <name>eg::views::SpanDetailsPanel</name>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="156"/>
        <source>Open the profile for this span</source>
        <translation>Profil zu diesem Span öffnen</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="157"/>
        <source>Shows the CPU profile recorded while this span ran, limited to the span&apos;s time</source>
        <translation>Zeigt das CPU-Profil, das während dieses Spans aufgezeichnet wurde, beschränkt auf seine Zeit</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="162"/>
        <source>Shows the log lines written during this span, on the log timeline</source>
        <translation>Zeigt die Logzeilen, die während dieses Spans geschrieben wurden, auf der Log-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="167"/>
        <source>Lists the errors raised during this span, with their stack traces</source>
        <translation>Listet die Fehler auf, die während dieses Spans auftraten, mit ihren Stacktraces</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="174"/>
        <source>Span details</source>
        <translation>Span-Details</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="197"/>
        <source>No span selected</source>
        <translation>Kein Span ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="198"/>
        <source>Click a row of the waterfall to see its span here: what it did, when, its ids and everything its record carried.</source>
        <translation>Klicken Sie auf eine Zeile des Wasserfalls, um ihren Span hier zu sehen: was er tat, wann, seine IDs und alles, was sein Eintrag enthielt.</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="207"/>
        <source>Logs of this span (%1)</source>
        <translation>Logs dieses Spans (%1)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="213"/>
        <source>Errors of this span (%1)</source>
        <translation>Fehler dieses Spans (%1)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="243"/>
        <source>Missing parent %1</source>
        <translation>Fehlender Elternspan %1</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="247"/>
        <source>One span of this trace names this span as its parent, but the trace does not contain it: it may have been dropped by sampling, lost on the way, or sent to another place.</source>
        <translation>Ein Span dieses Traces nennt diesen Span als Elternspan, aber der Trace enthält ihn nicht: Er wurde vielleicht beim Sampling verworfen, ging unterwegs verloren oder wurde woandershin gesendet.</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="250"/>
        <source>%1 spans of this trace name this span as their parent, but the trace does not contain it: they may have been dropped by sampling, lost on the way, or sent to another place.</source>
        <translation>%1 Spans dieses Traces nennen diesen Span als Elternspan, aber der Trace enthält ihn nicht: Er wurde vielleicht beim Sampling verworfen, ging unterwegs verloren oder wurde woandershin gesendet.</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="254"/>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="254"/>
        <location filename="../views/spandetailspanel.cpp" line="277"/>
        <source>%1 into the trace</source>
        <translation>%1 nach Beginn des Traces</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="255"/>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="265"/>
        <source>(unnamed span)</source>
        <translation>(unbenannter Span)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="267"/>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="267"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="268"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="268"/>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="270"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="273"/>
        <location filename="../views/spandetailspanel.cpp" line="276"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="273"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="273"/>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="276"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="277"/>
        <source>Started</source>
        <translation>Begann</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="278"/>
        <source>Took</source>
        <translation>Dauerte</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="280"/>
        <source>Own work</source>
        <translation>Eigene Arbeit</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="281"/>
        <source>%1 (%2 of the span; the rest waited on the spans it started)</source>
        <translation>%1 (%2 des Spans; den Rest wartete er auf die Spans, die er gestartet hat)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="284"/>
        <location filename="../views/spandetailspanel.cpp" line="288"/>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="285"/>
        <source>%1 of the trace&apos;s time waited on this span itself</source>
        <translation>%1 der Zeit des Traces wurde auf diesen Span selbst gewartet</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="289"/>
        <source>not on it: making this span faster would not shorten the trace</source>
        <translation>nicht darauf: diesen Span zu beschleunigen würde den Trace nicht verkürzen</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="291"/>
        <source>Ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="292"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="293"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="300"/>
        <source>Parent</source>
        <translation>Elternspan</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="300"/>
        <source>none: a root span</source>
        <translation>keiner: ein Wurzelspan</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="304"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="306"/>
        <source> (this span is its root)</source>
        <translation> (dieser Span ist seine Wurzel)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="308"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="310"/>
        <source>Profiler session</source>
        <translation>Profiler-Sitzung</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="312"/>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="314"/>
        <source>From file</source>
        <translation>Aus Datei</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="321"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="323"/>
        <source>This span has no attributes.</source>
        <translation>Dieser Span hat keine Attribute.</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="324"/>
        <source>The span&apos;s record is not at hand, so its attributes cannot be shown.</source>
        <translation>Der Eintrag des Spans liegt nicht vor, daher können seine Attribute nicht gezeigt werden.</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="333"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="338"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="339"/>
        <source>(no time)</source>
        <translation>(ohne Zeit)</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="347"/>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="350"/>
        <source>trace %1</source>
        <translation>Trace %1</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="351"/>
        <source>span %1</source>
        <translation>Span %1</translation>
    </message>
    <message>
        <location filename="../views/spandetailspanel.cpp" line="358"/>
        <source>Measurements</source>
        <translation>Messwerte</translation>
    </message>
</context>
<context>
    <name>eg::views::StackTraceView</name>
    <message>
        <location filename="../views/stacktraceview.cpp" line="48"/>
        <source>(anonymous function)</source>
        <translation>(anonyme Funktion)</translation>
    </message>
    <message>
        <location filename="../views/stacktraceview.cpp" line="128"/>
        <source>No stack trace was sent with this exception.</source>
        <translation>Mit dieser Ausnahme wurde kein Stacktrace gesendet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stacktraceview.cpp" line="138"/>
        <source>%n older frames, the same as in %1 above</source>
        <translation>
            <numerusform>%n älterer Frame, derselbe wie bei %1 oben</numerusform>
            <numerusform>%n ältere Frames, dieselben wie bei %1 oben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stacktraceview.cpp" line="139"/>
        <source>The calls that led here are the ones already shown above. Click to show them again.</source>
        <translation>Die Aufrufe, die hierher führten, sind die oben schon gezeigten. Klicken, um sie noch einmal zu zeigen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/stacktraceview.cpp" line="144"/>
        <source>%n library frames</source>
        <translation>
            <numerusform>%n Bibliotheksframe</numerusform>
            <numerusform>%n Bibliotheksframes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/stacktraceview.cpp" line="146"/>
        <source>Code of libraries and the runtime, not your own: usually not where the problem is. Click to show these frames.</source>
        <translation>Code von Bibliotheken und der Laufzeit, nicht Ihr eigener: meist nicht dort, wo das Problem liegt. Klicken, um diese Frames zu zeigen.</translation>
    </message>
    <message>
        <location filename="../views/stacktraceview.cpp" line="172"/>
        <location filename="../views/stacktraceview.cpp" line="202"/>
        <source>your code</source>
        <translation>Ihr Code</translation>
    </message>
</context>
<context>
    <name>eg::views::TraceListPage</name>
    <message>
        <location filename="../views/tracelistpage.cpp" line="25"/>
        <source>Only traces with errors</source>
        <translation>Nur Traces mit Fehlern</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="31"/>
        <source>Filter by root span, service or trace id</source>
        <translation>Nach Wurzel-Span, Dienst oder Trace-ID filtern</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="82"/>
        <source>1 trace</source>
        <translation>1 Trace</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tracelistpage.cpp" line="82"/>
        <source>%n traces</source>
        <translation>
            <numerusform>%n Trace</numerusform>
            <numerusform>%n Traces</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="85"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="104"/>
        <source>1 trace in %1.</source>
        <translation>1 Trace in %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tracelistpage.cpp" line="104"/>
        <source>%n traces in %1.</source>
        <translation>
            <numerusform>%n Trace in %1.</numerusform>
            <numerusform>%n Traces in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="106"/>
        <source>Each one follows a request or job through the services it touched; open one to see its spans as a waterfall.</source>
        <translation>Jeder folgt einer Anfrage oder einem Auftrag durch die Dienste, die sie berührt haben; öffnen Sie einen, um seine Spans als Wasserfall zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="92"/>
        <source>There are no traces in %1.</source>
        <translation>In %1 gibt es keine Traces.</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="110"/>
        <source>The slowest, `%1`, took %2.</source>
        <translation>Der langsamste, `%1`, dauerte %2.</translation>
    </message>
    <message>
        <location filename="../views/tracelistpage.cpp" line="116"/>
        <source>One of them had errors.</source>
        <translation>Einer davon hatte Fehler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/tracelistpage.cpp" line="117"/>
        <source>%n of them had errors.</source>
        <translation>
            <numerusform>%n davon hatte Fehler.</numerusform>
            <numerusform>%n davon hatten Fehler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::views::TracePage</name>
    <message>
        <location filename="../views/tracepage.cpp" line="36"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="51"/>
        <source>Problems with this trace</source>
        <translation>Probleme mit diesem Trace</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="55"/>
        <source>Colour by service</source>
        <translation>Nach Dienst einfärben</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="56"/>
        <source>Colour by op</source>
        <translation>Nach Op einfärben</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="57"/>
        <source>What the colours of the bars tell apart</source>
        <translation>Was die Farben der Balken unterscheiden</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="58"/>
        <source>Colour by</source>
        <translation>Einfärben nach</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="68"/>
        <source>Critical path</source>
        <translation>Kritischer Pfad</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="69"/>
        <source>Highlight the chain of spans that decided how long the trace took and fade the rest</source>
        <translation>Die Kette von Spans hervorheben, die bestimmt hat, wie lange der Trace dauerte, und den Rest abblenden</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="73"/>
        <source>Compress idle gaps</source>
        <translation>Leerlauf verkürzen</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="74"/>
        <source>Squeeze long stretches where no span ran into narrow marked breaks</source>
        <translation>Lange Abschnitte, in denen kein Span lief, zu schmalen markierten Lücken zusammendrücken</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="76"/>
        <source>Expand all</source>
        <translation>Alles aufklappen</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="77"/>
        <source>Open every span and every group of repeated spans</source>
        <translation>Jeden Span und jede Gruppe wiederholter Spans aufklappen</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="80"/>
        <source>Search spans…</source>
        <translation>Spans suchen…</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="82"/>
        <source>Marks the spans whose name, op or service contains this text; Enter goes to the next one</source>
        <translation>Markiert die Spans, deren Name, Op oder Dienst diesen Text enthält; Enter springt zum nächsten</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="84"/>
        <source>Search spans</source>
        <translation>Spans suchen</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="87"/>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Enter)</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="88"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="91"/>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Enter)</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="92"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="97"/>
        <location filename="../views/tracepage.cpp" line="98"/>
        <source>How to read this view</source>
        <translation>So lesen Sie diese Ansicht</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="102"/>
        <source>Shows the log lines written during this trace, on the log timeline</source>
        <translation>Zeigt die Logzeilen, die während dieses Traces geschrieben wurden, auf der Log-Zeitleiste</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="107"/>
        <source>Lists the errors raised during this trace, with their stack traces</source>
        <translation>Listet die Fehler auf, die während dieses Traces auftraten, mit ihren Stacktraces</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="114"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="211"/>
        <source>&lt;p&gt;&lt;b&gt;How to read this view&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Each bar is one span: a piece of work in one service, such as handling a request, a database query or a call to another service. The bar runs from when the span started to when it ended; the rows indented under a span are the work it started. The darker part of a bar is the span&apos;s own work; the lighter part is time it spent waiting on the spans under it.&lt;/p&gt;&lt;p&gt;Rows with a count (&quot;10 ×&quot;) stand for spans that did the same work one after another, often queries that could be batched. Open them to see each one. &lt;i&gt;Critical path&lt;/i&gt; marks the chain of spans that decided how long the trace took: only making those faster makes the whole request faster. Long stretches where nothing ran are squeezed into hatched breaks that say how long they were.&lt;/p&gt;&lt;p&gt;The wheel scrolls the rows; Ctrl+wheel, + and - zoom, Shift+wheel and A/D pan, 0 shows the whole trace; drag to move. Click a row to see its details beside the waterfall; ↑/↓ move between rows, → and ← (or Enter, or a double-click) open and close them. The strip at the top is the whole trace; drag its frame to move around.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;So lesen Sie diese Ansicht&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeder Balken ist ein Span: ein Stück Arbeit in einem Dienst, etwa die Bearbeitung einer Anfrage, eine Datenbankabfrage oder ein Aufruf eines anderen Dienstes. Der Balken reicht vom Beginn bis zum Ende des Spans; die unter einem Span eingerückten Zeilen sind die Arbeit, die er gestartet hat. Der dunklere Teil eines Balkens ist die eigene Arbeit des Spans, der hellere die Zeit, in der er auf die Spans unter ihm wartete.&lt;/p&gt;&lt;p&gt;Zeilen mit einer Anzahl („10 ×“) stehen für Spans, die nacheinander dieselbe Arbeit taten, oft Abfragen, die sich bündeln ließen. Klappen Sie sie auf, um jeden einzeln zu sehen. &lt;i&gt;Kritischer Pfad&lt;/i&gt; markiert die Kette von Spans, die bestimmt hat, wie lange der Trace dauerte: Nur wenn diese schneller werden, wird die ganze Anfrage schneller. Lange Abschnitte, in denen nichts lief, werden zu schraffierten Lücken zusammengedrückt, die sagen, wie lang sie waren.&lt;/p&gt;&lt;p&gt;Das Mausrad blättert durch die Zeilen; Strg+Mausrad, + und - zoomen, Umschalt+Mausrad und A/D verschieben, 0 zeigt den ganzen Trace; Ziehen bewegt die Ansicht. Klicken Sie auf eine Zeile, um ihre Details neben dem Wasserfall zu sehen; ↑/↓ wechseln die Zeile, → und ← (oder Enter oder ein Doppelklick) klappen sie auf und zu. Der Streifen oben ist der ganze Trace; ziehen Sie seinen Rahmen, um sich zu bewegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="256"/>
        <source>Logs of this trace (%1)</source>
        <translation>Logs dieses Traces (%1)</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="260"/>
        <source>Errors of this trace (%1)</source>
        <translation>Fehler dieses Traces (%1)</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="270"/>
        <source>&lt;b&gt;This trace is not quite whole:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dieser Trace ist nicht ganz vollständig:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="279"/>
        <source>No trace is open.</source>
        <translation>Kein Trace ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="280"/>
        <source>Could not load this trace: %1</source>
        <translation>Dieser Trace konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="296"/>
        <source>one span</source>
        <translation>einen Span</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="297"/>
        <source>%1 spans</source>
        <translation>%1 Spans</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="299"/>
        <source>%1 in %2 services</source>
        <translation>%1 in %2 Diensten</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="301"/>
        <source>Each bar is one span: a piece of work in one service, from when it started to when it ended; the rows under a span are the work it started. This trace has %1 over %2.</source>
        <translation>Jeder Balken ist ein Span: ein Stück Arbeit in einem Dienst, von seinem Beginn bis zu seinem Ende; die Zeilen unter einem Span sind die Arbeit, die er gestartet hat. Dieser Trace hat %1 über %2.</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="331"/>
        <source>critical path</source>
        <translation>kritischer Pfad</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="344"/>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="346"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="348"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location filename="../views/tracepage.cpp" line="348"/>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
</context>
<context>
    <name>eg::views::WaterfallColours</name>
    <message>
        <location filename="../views/waterfallcolours.cpp" line="94"/>
        <source>(no service)</source>
        <translation>(kein Dienst)</translation>
    </message>
    <message>
        <location filename="../views/waterfallcolours.cpp" line="94"/>
        <source>(no op)</source>
        <translation>(keine Op)</translation>
    </message>
    <message>
        <location filename="../views/waterfallcolours.cpp" line="101"/>
        <source>%1 more services share these colours</source>
        <translation>%1 weitere Dienste teilen sich diese Farben</translation>
    </message>
    <message>
        <location filename="../views/waterfallcolours.cpp" line="102"/>
        <source>%1 more ops share these colours</source>
        <translation>%1 weitere Ops teilen sich diese Farben</translation>
    </message>
    <message>
        <location filename="../views/waterfallcolours.cpp" line="106"/>
        <source>failed (error status)</source>
        <translation>fehlgeschlagen (Fehlerstatus)</translation>
    </message>
</context>
<context>
    <name>eg::views::WaterfallMinimap</name>
    <message>
        <location filename="../views/waterfallminimap.cpp" line="31"/>
        <source>Overview of the whole trace</source>
        <translation>Überblick über den ganzen Trace</translation>
    </message>
    <message>
        <location filename="../views/waterfallminimap.cpp" line="32"/>
        <source>The whole trace: time runs left to right, rows top to bottom. The frame marks what the waterfall below shows; drag it, or press beside it, to look at another part.</source>
        <translation>Der ganze Trace: Die Zeit läuft von links nach rechts, die Zeilen von oben nach unten. Der Rahmen markiert, was der Wasserfall darunter zeigt; ziehen Sie ihn oder klicken Sie daneben, um einen anderen Teil anzusehen.</translation>
    </message>
</context>
<context>
    <name>eg::views::WaterfallPainter</name>
    <message>
        <location filename="../views/waterfallpainter.cpp" line="43"/>
        <source>idle %1</source>
        <translation>Leerlauf %1</translation>
    </message>
    <message>
        <location filename="../views/waterfallpainter.cpp" line="167"/>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <location filename="../views/waterfallpainter.cpp" line="305"/>
        <source>missing parent %1</source>
        <translation>fehlender Elternspan %1</translation>
    </message>
    <message>
        <location filename="../views/waterfallpainter.cpp" line="314"/>
        <source>(unnamed span)</source>
        <translation>(unbenannter Span)</translation>
    </message>
</context>
<context>
    <name>eg::views::WaterfallToolTip</name>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="42"/>
        <source>The same work done %1 times one after another, from %2 to %3 into the trace.</source>
        <translation>Dieselbe Arbeit %1-mal nacheinander, von %2 bis %3 nach Beginn des Traces.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="48"/>
        <source>Each of these spans did little but start the next, from %1 into the trace.</source>
        <translation>Jeder dieser Spans tat kaum mehr, als den nächsten zu starten, ab %1 nach Beginn des Traces.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="53"/>
        <source>Open the row (Enter, → or a double-click) to see them one by one.</source>
        <translation>Klappen Sie die Zeile auf (Enter, → oder Doppelklick), um sie einzeln zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="54"/>
        <source>Close the row (Enter or ←) to see them as one.</source>
        <translation>Klappen Sie die Zeile zu (Enter oder ←), um sie als eine zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="60"/>
        <source>Missing parent %1</source>
        <translation>Fehlender Elternspan %1</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="64"/>
        <source>One span names this span as its parent, but the trace does not contain it. Perhaps it was dropped by sampling or sent elsewhere.</source>
        <translation>Ein Span nennt diesen Span als Elternspan, aber der Trace enthält ihn nicht. Vielleicht wurde er beim Sampling verworfen oder woandershin gesendet.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="66"/>
        <source>%1 spans name this span as their parent, but the trace does not contain it. Perhaps it was dropped by sampling or sent elsewhere.</source>
        <translation>%1 Spans nennen diesen Span als Elternspan, aber der Trace enthält ihn nicht. Vielleicht wurde er beim Sampling verworfen oder woandershin gesendet.</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="76"/>
        <source>(unnamed span)</source>
        <translation>(unbenannter Span)</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="78"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="81"/>
        <source>%1, all of it its own work</source>
        <translation>%1, alles davon eigene Arbeit</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="82"/>
        <source>%1, of which %2 its own work</source>
        <translation>%1, davon %2 eigene Arbeit</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="86"/>
        <source>; on the critical path (%1 of it held up the trace)</source>
        <translation>; auf dem kritischen Pfad (%1 davon hielt den Trace auf)</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="88"/>
        <source>; on the critical path</source>
        <translation>; auf dem kritischen Pfad</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="89"/>
        <source>Started %1 into the trace</source>
        <translation>Begann %1 nach Beginn des Traces</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="92"/>
        <source>Failed with status %1</source>
        <translation>Fehlgeschlagen mit Status %1</translation>
    </message>
    <message>
        <location filename="../views/waterfalltooltip.cpp" line="93"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>eg::views::WaterfallView</name>
    <message>
        <location filename="../views/waterfallview.cpp" line="38"/>
        <source>Trace waterfall</source>
        <translation>Trace-Wasserfall</translation>
    </message>
    <message>
        <location filename="../views/waterfallview.cpp" line="39"/>
        <source>Each row is one span; its bar runs from when the span started to when it ended.</source>
        <translation>Jede Zeile ist ein Span; sein Balken reicht von seinem Beginn bis zu seinem Ende.</translation>
    </message>
    <message>
        <location filename="../views/waterfallview.cpp" line="487"/>
        <source>This trace has no spans.</source>
        <translation>Dieser Trace hat keine Spans.</translation>
    </message>
    <message>
        <location filename="../views/waterfallview.cpp" line="487"/>
        <source>No trace to show.</source>
        <translation>Kein Trace zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>A native viewer for profiles, traces, logs and session replays.</source>
        <translation>Ein natives Programm zum Ansehen von Profilen, Traces, Logs und Sitzungsaufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="99"/>
        <source>Open the embedded demo profile.</source>
        <translation>Das eingebaute Demoprofil öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="101"/>
        <source>Use this cache database.</source>
        <translation>Diese Cache-Datenbank verwenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="105"/>
        <source>Save a picture of the window to PNG, then quit.</source>
        <translation>Ein Bild des Fensters als PNG speichern und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="109"/>
        <source>Show this tab of the profile page (0 = flame graph).</source>
        <translation>Diesen Reiter der Profilseite zeigen (0 = Flammendiagramm).</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="113"/>
        <source>Once the files are imported, open this trace id.</source>
        <translation>Nach dem Import der Dateien diese Trace-ID öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="117"/>
        <source>Once the files are imported, list every trace.</source>
        <translation>Nach dem Import der Dateien alle Traces auflisten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="120"/>
        <source>Once the files are imported, show every log line.</source>
        <translation>Nach dem Import jede Logzeile zeigen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>Once the files are imported, list every error.</source>
        <translation>Nach dem Import alle Fehler auflisten.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="126"/>
        <source>Compare the two files given: the first is &quot;before&quot;.</source>
        <translation>Die beiden angegebenen Dateien vergleichen: die erste ist „vorher“.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="129"/>
        <source>Files to open.</source>
        <translation>Zu öffnende Dateien.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="139"/>
        <source>Emberglass</source>
        <translation>Emberglass</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Cannot open the cache: %1</source>
        <translation>Der Cache kann nicht geöffnet werden: %1</translation>
    </message>
</context>
</TS>
