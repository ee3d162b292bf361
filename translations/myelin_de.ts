<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="28"/>
        <source>Myelin&apos;s article viewer (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Die Artikelanzeige von Myelin (%1) kann nicht geladen werden: %2. Installieren Sie Myelin erneut.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="40"/>
        <source>the file is missing</source>
        <translation>die Datei fehlt</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="43"/>
        <source>it is not a file this user can read</source>
        <translation>es ist keine Datei, die dieser Benutzer lesen kann</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="68"/>
        <source>it is from Myelin %1, this is %2</source>
        <translation>er stammt aus Myelin %1, dies ist %2</translation>
    </message>
</context>
<context>
    <name>Myelin::ArticleRenderer</name>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="69"/>
        <source>Strong evidence</source>
        <translation>Starke Belege</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="72"/>
        <source>Emerging evidence</source>
        <translation>Erste Belege</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="75"/>
        <source>Mixed evidence</source>
        <translation>Widersprüchliche Belege</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="78"/>
        <source>Not supported by good studies</source>
        <translation>Von guten Studien nicht gestützt</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="81"/>
        <source>Not properly tested</source>
        <translation>Nicht richtig geprüft</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="89"/>
        <source>Many good studies agree on the main points of this article.</source>
        <translation>Viele gute Studien stimmen in den Hauptaussagen dieses Artikels überein.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="92"/>
        <source>Early or growing evidence supports the main points; more research is under way.</source>
        <translation>Erste oder zunehmende Belege stützen die Hauptaussagen; weitere Forschung läuft.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="95"/>
        <source>Good studies disagree about some of the main points of this article.</source>
        <translation>Gute Studien kommen bei einigen Hauptaussagen dieses Artikels zu unterschiedlichen Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="98"/>
        <source>The idea in this article was tested in good studies, and they did not support it.</source>
        <translation>Die Idee in diesem Artikel wurde in guten Studien geprüft, und diese haben sie nicht bestätigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="101"/>
        <source>The idea in this article has not been tested in proper trials.</source>
        <translation>Die Idee in diesem Artikel wurde nicht in aussagekräftigen Studien geprüft.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="108"/>
        <source>This article is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Dieser Artikel dient der Information und ersetzt keinen ärztlichen Rat. Sprechen Sie mit Ihrem MS-Team oder Ihrer Ärztin bzw. Ihrem Arzt, bevor Sie Ihre Behandlung, Ernährung oder Pflege ändern.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="114"/>
        <source>en</source>
        <comment>The language of this translation as a web page&apos;s lang attribute (BCP 47): de, fr, pt-BR, ar</comment>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="140"/>
        <source>Translated from the English version of %1.</source>
        <translation>Übersetzt aus der englischen Fassung vom %1.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="142"/>
        <source>The English version has changed since (%1), so this translation may be out of date.</source>
        <translation>Die englische Fassung wurde seitdem geändert (%1). Diese Übersetzung ist vielleicht nicht mehr aktuell.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="146"/>
        <location filename="../app/core/articlerenderer.cpp" line="290"/>
        <location filename="../app/core/articlerenderer.cpp" line="365"/>
        <source>Read it in English</source>
        <translation>Auf Englisch lesen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="148"/>
        <source>This page is not translated into %1 yet, so it is shown in English.</source>
        <translation>Diese Seite ist noch nicht auf %1 übersetzt. Sie wird daher auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="152"/>
        <source>You are reading the English original.</source>
        <translation>Sie lesen das englische Original.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="154"/>
        <source>Read it in %1</source>
        <translation>Auf %1 lesen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="242"/>
        <location filename="../app/core/articlerenderer.cpp" line="244"/>
        <source>In short:</source>
        <translation>Kurz gesagt:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="255"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="263"/>
        <source>Last reviewed: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Was this useful?</source>
        <translation>War das hilfreich?</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="273"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="274"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="275"/>
        <source>Send feedback</source>
        <translation>Rückmeldung senden</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="292"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="298"/>
        <source>Read more:</source>
        <translation>Mehr dazu:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="302"/>
        <source>See also:</source>
        <translation>Siehe auch:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="319"/>
        <source>Research</source>
        <translation>Forschung</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="322"/>
        <source>Trials</source>
        <translation>Studien</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="325"/>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="328"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="331"/>
        <source>Policy</source>
        <translation>Politik</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="334"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="342"/>
        <location filename="../app/core/articlerenderer.cpp" line="393"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Filter by topic</source>
        <translation>Nach Thema filtern</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="349"/>
        <source>All topics</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="360"/>
        <source>The timeline is not translated into %1 yet, so it is shown in English.</source>
        <translation>Die Zeitleiste ist noch nicht auf %1 übersetzt. Sie wird daher auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="361"/>
        <source>Some events are not translated into %1 yet and are shown in English.</source>
        <translation>Einige Ereignisse sind noch nicht auf %1 übersetzt und werden auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="383"/>
        <source>Read the article</source>
        <translation>Artikel lesen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="385"/>
        <location filename="../app/core/articlerenderer.cpp" line="424"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="390"/>
        <source>No events for this topic.</source>
        <translation>Keine Ereignisse zu diesem Thema.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="401"/>
        <location filename="../app/core/articlerenderer.cpp" line="427"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="404"/>
        <source>Each quote is given word for word, with who said it, when, and where it was published.</source>
        <translation>Jedes Zitat steht hier wörtlich, mit Angabe, wer es wann gesagt hat und wo es veröffentlicht wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="405"/>
        <source>Each quote is given in our translation, then word for word as it was said, with who said it, when, and where it was published.</source>
        <translation>Jedes Zitat steht hier in unserer Übersetzung und dann wörtlich, wie es gesagt wurde, mit Angabe, wer es wann gesagt hat und wo es veröffentlicht wurde.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="409"/>
        <source>The quotes are not translated into %1 yet, so they are shown in English.</source>
        <translation>Die Zitate sind noch nicht auf %1 übersetzt. Sie werden daher auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="410"/>
        <source>Some quotes are not translated into %1 yet and are shown in English.</source>
        <translation>Einige Zitate sind noch nicht auf %1 übersetzt und werden auf Englisch angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="419"/>
        <source>As said, in English:</source>
        <translation>Wie gesagt, auf Englisch:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Article not found</source>
        <translation>Artikel nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Term not found</source>
        <translation>Begriff nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="438"/>
        <source>There is no glossary term called &quot;%1&quot; in this collection.</source>
        <translation>In dieser Sammlung gibt es keinen Glossarbegriff „%1“.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="439"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>In dieser Sammlung gibt es keinen Artikel „%1“.</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <source>Run &quot;myelin export --help&quot; to see how to use it.</source>
        <translation>Rufen Sie „myelin export --help“ auf, um zu sehen, wie es geht.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="72"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>%1 kann nicht geschrieben werden: das ist ein Ordner; geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="81"/>
        <location filename="../app/cli/exportcommand.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="124"/>
        <source>Usage: myelin export [options] &lt;article&gt;...
       myelin export --handout &lt;handout.json&gt; --pdf &lt;file&gt;

Saves articles or a handout booklet as files, without opening a window.
Articles are named as in the reader&apos;s addresses, for example &quot;what-is-ms&quot;.

Options:
  --pdf &lt;file&gt;         Save a PDF: the articles one after another, or the handout.
  --html &lt;file&gt;        Save one article as a web page that needs nothing else.
  --text &lt;file&gt;        Save one article as plain text.
  --handout &lt;file&gt;     Make the handout saved in this file by &quot;Make a Handout&quot;.
  --paper &lt;size&gt;       A4 or Letter (default: %1). A handout file sets its own.
  --text-size &lt;points&gt; Text size for articles, %2 to %3 (default: %4).
  --content &lt;file&gt;     Read the content database &lt;file&gt; (default: the content the
                       reader shows, an installed update included).
  -h, --help           Show this help.

Examples:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Exit status: 0 when the files were saved, 1 when an article, handout file or output
file is a problem (the message names it), 2 when the command line is wrong.
</source>
        <translation>Aufruf: myelin export [Optionen] &lt;Artikel&gt;...
        myelin export --handout &lt;infoheft.json&gt; --pdf &lt;Datei&gt;

Speichert Artikel oder ein Infoheft als Dateien, ohne ein Fenster zu öffnen.
Artikel werden wie in den Adressen im Programm benannt, zum Beispiel „what-is-ms“.

Optionen:
  --pdf &lt;Datei&gt;        Ein PDF speichern: die Artikel nacheinander oder das Infoheft.
  --html &lt;Datei&gt;       Einen Artikel als eigenständige Webseite speichern.
  --text &lt;Datei&gt;       Einen Artikel als einfachen Text speichern.
  --handout &lt;Datei&gt;    Das Infoheft erstellen, das mit „Infoheft erstellen“ in
                       dieser Datei gespeichert wurde.
  --paper &lt;Format&gt;     A4 oder Letter (Standard: %1). Eine Infoheft-Datei legt
                       es selbst fest.
  --text-size &lt;Punkte&gt; Schriftgröße für Artikel, %2 bis %3 (Standard: %4).
  --content &lt;Datei&gt;    Die Inhaltsdatenbank &lt;Datei&gt; lesen (Standard: die Inhalte,
                       die das Programm zeigt, ein installiertes Update inbegriffen).
  -h, --help           Diese Hilfe anzeigen.

Beispiele:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Rückgabewert: 0, wenn die Dateien gespeichert wurden; 1, wenn ein Artikel, eine
Infoheft-Datei oder eine Ausgabedatei ein Problem ist (die Meldung nennt es);
2, wenn die Befehlszeile falsch ist.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="197"/>
        <source>say what to save: --pdf &lt;file&gt;, --html &lt;file&gt; or --text &lt;file&gt;</source>
        <translation>geben Sie an, was gespeichert werden soll: --pdf &lt;Datei&gt;, --html &lt;Datei&gt; oder --text &lt;Datei&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>a handout is saved with --pdf only, and its articles come from the handout file</source>
        <translation>ein Infoheft wird nur mit --pdf gespeichert, und seine Artikel kommen aus der Infoheft-Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="203"/>
        <source>name at least one article, for example: myelin export --pdf fatigue.pdf fatigue</source>
        <translation>nennen Sie mindestens einen Artikel, zum Beispiel: myelin export --pdf fatigue.pdf fatigue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="206"/>
        <source>--html and --text save one article at a time; %1 were named</source>
        <translation>--html und --text speichern jeweils nur einen Artikel; genannt wurden %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="210"/>
        <source>--%1 needs a file name, not an empty one</source>
        <translation>--%1 braucht einen Dateinamen, der nicht leer ist</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="218"/>
        <source>--paper must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--paper muss A4 oder Letter sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="226"/>
        <source>--text-size must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--text-size muss eine ganze Zahl von %1 bis %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="259"/>
        <source> (listed in the handout file %1)</source>
        <translation> (aufgeführt in der Infoheft-Datei %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="260"/>
        <source>there is no article called &quot;%1&quot;%2. Article names look like &quot;what-is-ms&quot;: lower-case words joined by hyphens.</source>
        <translation>es gibt keinen Artikel namens „%1“%2. Artikelnamen sehen so aus wie „what-is-ms“: kleingeschriebene Wörter, verbunden mit Bindestrichen.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="285"/>
        <source>cannot write %1: it is %2, which is being read; choose another file name</source>
        <translation>%1 kann nicht geschrieben werden: das ist %2, die gerade gelesen wird; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>cannot write two files as %1; give each its own name</source>
        <translation>zwei Dateien können nicht beide als %1 geschrieben werden; geben Sie jeder einen eigenen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="319"/>
        <location filename="../app/cli/exportcommand.cpp" line="326"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="348"/>
        <source>the PDF %1 could not be made: %2</source>
        <translation>das PDF %1 konnte nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="349"/>
        <source>printing stopped unexpectedly</source>
        <translation>das Drucken wurde unerwartet abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="355"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="49"/>
        <source>Checks or installs a Myelin content pack (.myelinpack) without opening a window.
Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be installed, 2 a wrong command line.</source>
        <translation>Prüft oder installiert ein Myelin-Inhaltspaket (.myelinpack), ohne ein Fenster zu öffnen.
Rückgabewerte: 0 das Paket wird angenommen (und mit --install installiert), 1 es wird abgelehnt oder konnte nicht installiert werden, 2 falsche Befehlszeile.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="53"/>
        <source>Check &lt;file&gt; and print its manifest; change nothing.</source>
        <translation>&lt;file&gt; prüfen und das Manifest ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="56"/>
        <source>Check &lt;file&gt; and install it as the content Myelin shows.</source>
        <translation>&lt;file&gt; prüfen und als die Inhalte installieren, die Myelin zeigt.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="59"/>
        <source>Also trust the minisign public key in &lt;pubfile&gt; for this run (the built-in keys stay trusted).</source>
        <translation>Zusätzlich dem öffentlichen minisign-Schlüssel in &lt;pubfile&gt; für diesen Aufruf vertrauen (die eingebauten Schlüssel bleiben vertrauenswürdig).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="63"/>
        <source>Accept a pack older than, or the same as, the content in use.</source>
        <translation>Ein Paket annehmen, das älter als die verwendeten Inhalte oder gleich alt ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="78"/>
        <source>myelin update: give one of --check &lt;file&gt; or --install &lt;file&gt;.</source>
        <translation>myelin update: geben Sie entweder --check &lt;file&gt; oder --install &lt;file&gt; an.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="79"/>
        <source>Run &quot;myelin update --help&quot; to see how to use it.</source>
        <translation>Rufen Sie „myelin update --help“ auf, um zu sehen, wie es geht.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="117"/>
        <source>%1 is a valid content pack (checked in %2 ms).</source>
        <translation>%1 ist ein gültiges Inhaltspaket (geprüft in %2 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="118"/>
        <source>  Content:   %1, version %2, reviewed up to %3</source>
        <translation>  Inhalte:       %1, Version %2, geprüft bis %3</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Schema:    %1</source>
        <translation>  Schema:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Made:      %1</source>
        <translation>  Erstellt:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="121"/>
        <source>  Signed by: %1 (key %2)</source>
        <translation>  Signiert von:  %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="122"/>
        <source>  Database:  %1 bytes, BLAKE2b-512 %2</source>
        <translation>  Datenbank:     %1 Byte, BLAKE2b-512 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="126"/>
        <source>  Articles:  %1 (the pack lists every article)</source>
        <translation>  Artikel:       %1 (das Paket nennt jeden Artikel)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="127"/>
        <source>  Changes since %1: %2 new, %3 changed, %4 removed</source>
        <translation>  Änderungen seit %1: %2 neu, %3 geändert, %4 entfernt</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="141"/>
        <source>  In use:    %1 (%2)</source>
        <translation>  In Gebrauch:   %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="142"/>
        <source>no readable content</source>
        <translation>keine lesbaren Inhalte</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="151"/>
        <source>myelin update: the content pack %1 was not installed: %2</source>
        <translation>myelin update: das Inhaltspaket %1 wurde nicht installiert: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="155"/>
        <source>Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content is kept, and File &gt; Go Back to Previous Content returns to it.</source>
        <translation>Inhalte %1 in %2 installiert (%3 ms). Myelin zeigt sie ab dem nächsten Start; die vorherigen Inhalte bleiben erhalten, und Datei &gt; Zurück zu den vorherigen Inhalten kehrt zu ihnen zurück.</translation>
    </message>
</context>
<context>
    <name>Myelin::ComfortProfile</name>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="13"/>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="18"/>
        <source>Tired eyes</source>
        <translation>Müde Augen</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="27"/>
        <source>Listen</source>
        <translation>Vorlesen</translation>
    </message>
</context>
<context>
    <name>Myelin::ContentDatabase</name>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="67"/>
        <source>Cannot open the content database %1: %2</source>
        <translation>Die Inhaltsdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="73"/>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="76"/>
        <source>the file cannot be read.</source>
        <translation>die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="79"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="94"/>
        <source>it is not a Myelin content database (%1).</source>
        <translation>das ist keine Myelin-Inhaltsdatenbank (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="98"/>
        <source>it has schema version %1, but this version of Myelin reads version %2. Install matching content or a matching Myelin.</source>
        <translation>sie hat die Schema-Version %1, aber diese Myelin-Version liest Version %2. Installieren Sie passende Inhalte oder ein passendes Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="111"/>
        <source>its search index cannot be read (%1). Is SQLite built with FTS5?</source>
        <translation>ihr Suchindex kann nicht gelesen werden (%1). Wurde SQLite mit FTS5 gebaut?</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::ExportText</name>
    <message>
        <location filename="../app/export/exportformat.cpp" line="42"/>
        <source>Reviewed %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="47"/>
        <source>Printed %1</source>
        <translation>Gedruckt: %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="52"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/exportformat.cpp" line="57"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Export::Handout</name>
    <message>
        <location filename="../app/export/handout.cpp" line="42"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="84"/>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei %2)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="87"/>
        <source>it must hold one JSON object { ... }</source>
        <translation>sie muss genau ein JSON-Objekt { ... } enthalten</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="94"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="97"/>
        <source>it was made by a newer version of Myelin (handout format %1); this version reads format %2</source>
        <translation>sie wurde mit einer neueren Myelin-Version erstellt (Infoheft-Format %1); diese Version liest Format %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="118"/>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>„%1“ muss Text in Anführungszeichen sein</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="124"/>
        <source>it has no &quot;%1&quot; list</source>
        <translation>sie hat keine Liste „%1“</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="127"/>
        <source>&quot;%1&quot; must be a list of article names, like [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</source>
        <translation>„%1“ muss eine Liste von Artikelnamen sein, etwa [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="133"/>
        <source>&quot;%1&quot; lists %2 articles; a handout holds at most %3</source>
        <translation>„%1“ nennt %2 Artikel; ein Infoheft fasst höchstens %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="141"/>
        <source>entry %1 of &quot;%2&quot; must be an article name in quotes</source>
        <translation>Eintrag %1 von „%2“ muss ein Artikelname in Anführungszeichen sein</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="146"/>
        <source>it lists no articles: add at least one article name to &quot;%1&quot;</source>
        <translation>sie nennt keine Artikel: fügen Sie mindestens einen Artikelnamen zu „%1“ hinzu</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="157"/>
        <location filename="../app/export/handout.cpp" line="175"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="167"/>
        <source>&quot;%1&quot; must be a whole number of points from %2 to %3</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein (in Punkt)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="183"/>
        <source>&quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;</source>
        <translation>„%1“ muss „A4“ oder „Letter“ sein</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="195"/>
        <source>Cannot save the handout file %1: %2</source>
        <translation>Die Infoheft-Datei %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="212"/>
        <source>The handout file %1 does not exist.</source>
        <translation>Die Infoheft-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="215"/>
        <source>The handout file %1 is a folder, not a file.</source>
        <translation>Die Infoheft-Datei %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="220"/>
        <source>The handout file %1 is not a regular file (a device, pipe or socket).</source>
        <translation>Die Infoheft-Datei %1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="224"/>
        <source>Cannot read the handout file %1: %2</source>
        <translation>Die Infoheft-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="228"/>
        <source>The handout file %1 is too large (over %2 KiB) to be a handout file.</source>
        <translation>Die Infoheft-Datei %1 ist zu groß (über %2 KiB), um eine Infoheft-Datei zu sein.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="235"/>
        <source>The handout file %1 cannot be used: %2.</source>
        <translation>Die Infoheft-Datei %1 kann nicht verwendet werden: %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::HtmlText</name>
    <message>
        <location filename="../app/export/htmltext.cpp" line="229"/>
        <location filename="../app/export/htmltext.cpp" line="237"/>
        <source>[Picture: %1]</source>
        <translation>[Bild: %1]</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PlainTextExport</name>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="19"/>
        <source>Evidence: %1. %2</source>
        <translation>Belege: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="23"/>
        <source>In short: %1</source>
        <translation>Kurz gesagt: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="33"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="44"/>
        <source>Last reviewed: %1</source>
        <translation>Zuletzt geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="46"/>
        <source>From %1, exported on %2.</source>
        <translation>Aus %1, exportiert am %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PrintHtml</name>
    <message>
        <location filename="../app/export/printhtml.cpp" line="91"/>
        <location filename="../app/export/printhtml.cpp" line="100"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="93"/>
        <source>The medical words used in this handout, from A to Z.</source>
        <translation>Die Fachwörter aus diesem Infoheft, von A bis Z.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="105"/>
        <source>Information about MS</source>
        <translation>Informationen zu MS</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="113"/>
        <source>Information handout</source>
        <translation>Infoheft</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="119"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="123"/>
        <source>Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so ask your group for the latest version.</source>
        <translation>Gedruckt am %1. Bei jedem Artikel steht, wann er zuletzt geprüft wurde. Medizinisches Wissen ändert sich; fragen Sie deshalb Ihre Gruppe nach der neuesten Fassung.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="127"/>
        <source>This handout is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Dieses Infoheft dient der Information und ersetzt keinen ärztlichen Rat. Sprechen Sie mit Ihrem MS-Team oder Ihrer Ärztin bzw. Ihrem Arzt, bevor Sie Ihre Behandlung, Ernährung oder Pflege ändern.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="130"/>
        <source>Made with %1, a free offline reader about multiple sclerosis, from %2.</source>
        <translation>Erstellt mit %1, einem kostenlosen Offline-Leseprogramm über Multiple Sklerose, mit Inhalten aus %2.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="131"/>
        <source>its knowledge base</source>
        <translation>seiner Wissensdatenbank</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="138"/>
        <location filename="../app/export/printhtml.cpp" line="147"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="140"/>
        <source>Each part starts on a new page. Every page has its number at the bottom.</source>
        <translation>Jeder Teil beginnt auf einer neuen Seite. Jede Seite hat unten ihre Seitenzahl.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="144"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::QuestionSheet</name>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="11"/>
        <source>Questions for my next appointment</source>
        <translation>Fragen für meinen nächsten Arzttermin</translation>
    </message>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="43"/>
        <source>Space for the answer</source>
        <translation>Platz für die Antwort</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::SelfContainedHtml</name>
    <message>
        <location filename="../app/export/selfcontainedhtml.cpp" line="287"/>
        <source>From %1, saved on %2.</source>
        <translation>Aus %1, gespeichert am %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::ReadableDate</name>
    <message>
        <location filename="../app/core/readabledate.cpp" line="18"/>
        <source>MMMM yyyy</source>
        <comment>The format of a month and year (QLocale)</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../app/core/readabledate.cpp" line="29"/>
        <source>d MMMM yyyy</source>
        <comment>The format of a full date (QLocale): day, month name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Myelin::ReadingStyle</name>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="43"/>
        <location filename="../app/core/readingstyle.cpp" line="53"/>
        <location filename="../app/core/readingstyle.cpp" line="63"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="44"/>
        <location filename="../app/core/readingstyle.cpp" line="54"/>
        <location filename="../app/core/readingstyle.cpp" line="64"/>
        <source>Wide</source>
        <translation>Weit</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="45"/>
        <location filename="../app/core/readingstyle.cpp" line="55"/>
        <location filename="../app/core/readingstyle.cpp" line="65"/>
        <source>Extra wide</source>
        <translation>Extra weit</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="73"/>
        <source>Short lines</source>
        <translation>Kurze Zeilen</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="74"/>
        <source>Medium lines</source>
        <translation>Mittlere Zeilen</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="75"/>
        <source>Long lines</source>
        <translation>Lange Zeilen</translation>
    </message>
</context>
<context>
    <name>Myelin::Schema</name>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="72"/>
        <location filename="../app/core/schemacheck.cpp" line="80"/>
        <location filename="../app/core/schemacheck.cpp" line="92"/>
        <source>the file is damaged (%1). Install the content again.</source>
        <translation>die Datei ist beschädigt (%1). Installieren Sie die Inhalte erneut.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="86"/>
        <source>it holds no tables: it is not a Myelin content database.</source>
        <translation>sie enthält keine Tabellen: das ist keine Myelin-Inhaltsdatenbank.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="87"/>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>die Tabelle „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="98"/>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;: it was made for another version of Myelin, or it is damaged.</source>
        <translation>die Tabelle „%1“ hat keine Spalte „%2“: sie wurde für eine andere Myelin-Version erstellt oder ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Myelin::SearchEngine</name>
    <message>
        <location filename="../app/core/searchengine.cpp" line="630"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="632"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="636"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Myelin::Settings</name>
    <message>
        <location filename="../app/userdata/settings.cpp" line="541"/>
        <source>Your settings file %1 was made by a newer Myelin or cannot be read, so Myelin leaves it as it is. Changes you make now last until you close Myelin.</source>
        <translation>Ihre Einstellungsdatei %1 stammt von einer neueren Myelin-Version oder kann nicht gelesen werden, deshalb lässt Myelin sie unverändert. Änderungen, die Sie jetzt vornehmen, gelten nur, bis Sie Myelin schließen.</translation>
    </message>
    <message>
        <location filename="../app/userdata/settings.cpp" line="550"/>
        <source>Your settings could not be saved in %1: the folder may be read-only or the disk full. Myelin keeps working, but changes you make now last only until you close it.</source>
        <translation>Ihre Einstellungen konnten nicht in %1 gespeichert werden: Der Ordner ist vielleicht schreibgeschützt oder die Festplatte voll. Myelin läuft weiter, aber Änderungen, die Sie jetzt vornehmen, gelten nur, bis Sie Myelin schließen.</translation>
    </message>
</context>
<context>
    <name>Myelin::Theme</name>
    <message>
        <location filename="../app/core/theme.cpp" line="12"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="14"/>
        <source>Cream</source>
        <translation>Creme</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="16"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="18"/>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="53"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="54"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="64"/>
        <source>About Myelin</source>
        <translation>Über Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="56"/>
        <source>The versions of Myelin and its content, the licences, and where to report a problem.</source>
        <translation>Die Versionen von Myelin und seinen Inhalten, die Lizenzen und wo Sie ein Problem melden können.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="76"/>
        <source>Myelin icon</source>
        <translation>Myelin-Symbol</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="78"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="84"/>
        <source>An offline reader about multiple sclerosis. It sends nothing anywhere.</source>
        <translation>Ein Offline-Leseprogramm über Multiple Sklerose. Es sendet nichts nach außen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="89"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="92"/>
        <source>The same lines as the command myelin --version prints.</source>
        <translation>Dieselben Zeilen, die der Befehl myelin --version ausgibt.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="95"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="96"/>
        <source>Myelin is free software: you may share and change it under the GNU General Public License, version 3 or any later version (%1). The articles, glossary, timeline, quotes and images are shared under Creative Commons Attribution 4.0 (%2). Myelin gives information, not medical advice.</source>
        <translation>Myelin ist freie Software: Sie dürfen es unter der GNU General Public License, Version 3 oder einer späteren Version (%1), weitergeben und verändern. Die Artikel, das Glossar, die Zeitleiste, die Zitate und die Bilder stehen unter der Lizenz Creative Commons Attribution 4.0 (%2). Myelin gibt Informationen, keinen ärztlichen Rat.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="106"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="109"/>
        <source>Components Myelin is built with, and their licences</source>
        <translation>Komponenten, mit denen Myelin erstellt ist, und ihre Lizenzen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="110"/>
        <source>Other people&apos;s work that Myelin uses, and the licence of each.</source>
        <translation>Arbeiten anderer, die Myelin verwendet, und die Lizenz jeder einzelnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="119"/>
        <source>Used for: %1</source>
        <translation>Verwendet für: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="124"/>
        <source>%1, licence %2, used for %3</source>
        <translation>%1, Lizenz %2, verwendet für: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="135"/>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="136"/>
        <source>Tell us what went wrong, or what is hard to read, on the project&apos;s issue tracker. Copy this address into your web browser:</source>
        <translation>Teilen Sie uns auf der Seite des Projekts für Problemmeldungen mit, was nicht funktioniert hat oder was schwer zu lesen ist. Kopieren Sie diese Adresse in Ihren Webbrowser:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="144"/>
        <source>Issue tracker address</source>
        <translation>Adresse für Problemmeldungen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="145"/>
        <source>The web address where you can report a problem.</source>
        <translation>Die Webadresse, unter der Sie ein Problem melden können.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="147"/>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="150"/>
        <source>Copy the issue tracker address</source>
        <translation>Die Adresse für Problemmeldungen kopieren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="151"/>
        <source>Copy the address, then paste it into your web browser.</source>
        <translation>Kopieren Sie die Adresse und fügen Sie sie dann in Ihren Webbrowser ein.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="162"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="163"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="179"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="180"/>
        <source>The address is copied.</source>
        <translation>Die Adresse ist kopiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="185"/>
        <source>&amp;About Myelin</source>
        <translation>Über &amp;Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="188"/>
        <source>Show the version, licences and where to report a problem</source>
        <translation>Version, Lizenzen und den Ort für Problemmeldungen anzeigen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AppStyle</name>
    <message>
        <location filename="../app/ui/shell/appstyle.cpp" line="60"/>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ArticleView</name>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="35"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="36"/>
        <source>The text of the open article</source>
        <translation>Der Text des geöffneten Artikels</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="99"/>
        <source>Article menu</source>
        <translation>Artikelmenü</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksController</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="32"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Bookmark This Page</source>
        <translation>Lesezeichen setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show Bookmarks</source>
        <translation>Lesezeichen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show History</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="34"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="41"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="42"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="49"/>
        <source>Show your bookmarks beside the article</source>
        <translation>Ihre Lesezeichen neben dem Artikel anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="56"/>
        <source>Show the pages you read, by day</source>
        <translation>Die gelesenen Seiten nach Tagen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="73"/>
        <source>Back where you left off in this article.</source>
        <translation>Sie sind wieder an der Stelle, an der Sie in diesem Artikel aufgehört haben.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="74"/>
        <source>Back where you left off, at “%1”.</source>
        <translation>Sie sind wieder an der Stelle, an der Sie aufgehört haben: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Remove Bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmarked</source>
        <translation>Gemerkt</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmark this page</source>
        <translation>Lesezeichen für diese Seite setzen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="198"/>
        <source>This page is bookmarked. Press %1 to remove the bookmark.</source>
        <translation>Diese Seite hat ein Lesezeichen. Drücken Sie %1, um es zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="199"/>
        <source>Keep this page in your bookmarks</source>
        <translation>Diese Seite in Ihren Lesezeichen speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmarked: Remove bookmark</source>
        <translation>Gemerkt: Lesezeichen entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="221"/>
        <source>The bookmark could not be removed.</source>
        <translation>Das Lesezeichen konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="229"/>
        <source>Bookmark removed. Press %1 to put it back.</source>
        <translation>Lesezeichen entfernt. Drücken Sie %1, um es wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="234"/>
        <source>Bookmarked again: “%1”.</source>
        <translation>Wieder als Lesezeichen gespeichert: „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="242"/>
        <source>Bookmarked “%1”. Your bookmarks are in the Bookmarks pane (%2).</source>
        <translation>Lesezeichen für „%1“ gesetzt. Ihre Lesezeichen finden Sie im Bereich „Lesezeichen“ (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="246"/>
        <source>The bookmark could not be saved.</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="255"/>
        <source>“%1” is no longer in the library: a content update renamed or removed it. Your saved entry is kept.</source>
        <translation>„%1“ ist nicht mehr in der Bibliothek: Ein Inhalts-Update hat die Seite umbenannt oder entfernt. Ihr gespeicherter Eintrag bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="280"/>
        <source>Your Bookmarks</source>
        <translation>Ihre Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="285"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="295"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="309"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksPage</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="37"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="111"/>
        <source>Move to Folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="39"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="50"/>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="40"/>
        <source>No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page you are reading here.</source>
        <translation>Noch keine Lesezeichen. Drücken Sie Ctrl+D oder die Schaltfläche „Lesezeichen“ in der Werkzeugleiste, um die Seite, die Sie gerade lesen, hier aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="52"/>
        <source>Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves.</source>
        <translation>Ihre Lesezeichen und Ordner. Enter öffnet, F2 benennt um, Entf löscht, Strg mit Pfeil nach oben oder unten verschiebt.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open the chosen bookmark</source>
        <translation>Das gewählte Lesezeichen öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename the chosen bookmark or folder</source>
        <translation>Das gewählte Lesezeichen oder den gewählten Ordner umbenennen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete the chosen bookmark or folder (you can undo it)</source>
        <translation>Das gewählte Lesezeichen oder den gewählten Ordner löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Move the chosen bookmark or folder up</source>
        <translation>Das gewählte Lesezeichen oder den gewählten Ordner nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Move the chosen bookmark or folder down</source>
        <translation>Das gewählte Lesezeichen oder den gewählten Ordner nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Move to…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Put the chosen bookmark in another folder</source>
        <translation>Das gewählte Lesezeichen in einen anderen Ordner legen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="409"/>
        <source>New Folder…</source>
        <translation>Neuer Ordner…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <source>Make a folder for bookmarks</source>
        <translation>Einen Ordner für Lesezeichen anlegen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="89"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="105"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="148"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="157"/>
        <source>%1: a content update renamed or removed this page. Your bookmark is kept.</source>
        <translation>%1: Ein Inhalts-Update hat diese Seite umbenannt oder entfernt. Ihr Lesezeichen bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="158"/>
        <source>%1. Press Enter to open.</source>
        <translation>%1. Drücken Sie Enter, um es zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="175"/>
        <source>Folder %1, %n bookmark(s)</source>
        <translation>
            <numerusform>Ordner %1, %n Lesezeichen</numerusform>
            <numerusform>Ordner %1, %n Lesezeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Bookmark</source>
        <translation>Lesezeichen umbenennen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the folder:</source>
        <translation>Neuer Name für den Ordner:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the bookmark:</source>
        <translation>Neuer Name für das Lesezeichen:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="279"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="288"/>
        <source>The new name could not be saved.</source>
        <translation>Der neue Name konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="309"/>
        <source>Deleted the folder “%1”.</source>
        <translation>Der Ordner „%1“ wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="310"/>
        <source>Deleted the folder “%1” and the %n bookmark(s) in it.</source>
        <translation>
            <numerusform>Der Ordner „%1“ wurde gelöscht, mit %n Lesezeichen darin.</numerusform>
            <numerusform>Der Ordner „%1“ wurde gelöscht, mit %n Lesezeichen darin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="314"/>
        <source>The folder could not be deleted.</source>
        <translation>Der Ordner konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="318"/>
        <source>Deleted the bookmark “%1”.</source>
        <translation>Das Lesezeichen „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="320"/>
        <source>The bookmark could not be deleted.</source>
        <translation>Das Lesezeichen konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="337"/>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="347"/>
        <source>The bookmark “%1” is back.</source>
        <translation>Das Lesezeichen „%1“ ist wieder da.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="353"/>
        <source>The folder “%1” is back.</source>
        <translation>Der Ordner „%1“ ist wieder da.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="359"/>
        <source>It could not be put back.</source>
        <translation>Es konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the top.</source>
        <translation>Es ist schon ganz oben.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the bottom.</source>
        <translation>Es ist schon ganz unten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="387"/>
        <source>The bookmark could not be moved.</source>
        <translation>Das Lesezeichen konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="396"/>
        <source>Choose a bookmark first</source>
        <translation>Wählen Sie zuerst ein Lesezeichen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="400"/>
        <source>Not in a Folder</source>
        <translation>In keinem Ordner</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="432"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="434"/>
        <source>Name of the new folder:</source>
        <translation>Name des neuen Ordners:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="435"/>
        <source>Make Folder</source>
        <translation>Ordner anlegen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="444"/>
        <source>The folder could not be made.</source>
        <translation>Der Ordner konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BreadcrumbBar</name>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="60"/>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="61"/>
        <source>Where the open article sits in the collection</source>
        <translation>Wo der geöffnete Artikel in der Sammlung steht</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="51"/>
        <source>You are here:</source>
        <translation>Sie sind hier:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="108"/>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="110"/>
        <source>Go to %1</source>
        <translation>Zu %1 gehen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="76"/>
        <source>then</source>
        <translation>dann</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ButtonShelf</name>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="18"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="25"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="27"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="31"/>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="26"/>
        <source>Opens the buttons that do not fit here as a menu</source>
        <translation>Öffnet die Schaltflächen, die hier keinen Platz haben, als Menü</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortController</name>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="78"/>
        <source>Colours: %1. Press %2 for the next colours.</source>
        <translation>Farben: %1. Drücken Sie %2 für die nächsten Farben.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="79"/>
        <source>Follow the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="134"/>
        <source>&amp;Comfort</source>
        <translation>&amp;Komfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="138"/>
        <source>Reading &amp;comfort…</source>
        <translation>Lese&amp;komfort…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="140"/>
        <source>Choose text size, colours, spacing and read aloud, with a preview</source>
        <translation>Schriftgröße, Farben, Abstände und Vorlesen wählen, mit Vorschau</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="142"/>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="148"/>
        <source>Text and colours</source>
        <translation>Text und Farben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="150"/>
        <source>&amp;Spacing and line length</source>
        <translation>&amp;Abstände und Zeilenlänge</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="152"/>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="154"/>
        <source>Letter spacing</source>
        <translation>Buchstabenabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="156"/>
        <source>Word spacing</source>
        <translation>Wortabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="158"/>
        <source>Line length</source>
        <translation>Zeilenlänge</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="159"/>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="161"/>
        <source>Easier-to-read &amp;letters (OpenDyslexic)</source>
        <translation>Leichter lesbare &amp;Buchstaben (OpenDyslexic)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="174"/>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="187"/>
        <source>&amp;Next colours</source>
        <translation>&amp;Nächste Farben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="190"/>
        <source>Switch to the next colour theme</source>
        <translation>Zum nächsten Farbschema wechseln</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="193"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="194"/>
        <source>Show the Listen &amp;button</source>
        <translation>Schaltfläche „Vorlesen“ &amp;zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="204"/>
        <source>Comfort ▾</source>
        <translation>Komfort ▾</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="209"/>
        <source>Reading comfort: profiles, text size, spacing, colours and read aloud</source>
        <translation>Lesekomfort: Profile, Schriftgröße, Abstände, Farben und Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="210"/>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="221"/>
        <source>Reading comfort</source>
        <translation>Lesekomfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="219"/>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="226"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="237"/>
        <source>%1 colours for the window and the article (%2 switches)</source>
        <translation>Farben „%1“ für Fenster und Artikel (%2 wechselt)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="239"/>
        <source>Use the %1 colours</source>
        <translation>Farben „%1“ verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="243"/>
        <source>%1 colours</source>
        <translation>Farben „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="271"/>
        <source>Sa&amp;ve these settings as a profile…</source>
        <translation>Diese Einstellungen als &amp;Profil speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="273"/>
        <source>Save comfort profile</source>
        <translation>Komfortprofil speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="274"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Name für dieses Profil (zum Beispiel „Abends“):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="277"/>
        <source>Please choose a name that is not empty and not one of the built-in profiles.</source>
        <translation>Bitte wählen Sie einen Namen, der nicht leer ist und nicht schon zu einem eingebauten Profil gehört.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="282"/>
        <source>&amp;Delete a profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="289"/>
        <source>Delete comfort profile</source>
        <translation>Komfortprofil löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="290"/>
        <source>Profile to delete:</source>
        <translation>Zu löschendes Profil:</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortDialog</name>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <source>Welcome to Myelin</source>
        <translation>Willkommen bei Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Reading comfort</source>
        <translation>Lesekomfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="51"/>
        <source>Choose the text size, colours, spacing and read aloud that suit you today</source>
        <translation>Wählen Sie die Schriftgröße, Farben, Abstände und das Vorlesen, die heute zu Ihnen passen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Make reading comfortable</source>
        <translation>Angenehm lesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="56"/>
        <source>Choose what is easiest for your eyes today. The preview shows the change at once. You can change any of this later from the Comfort button in the toolbar or the Comfort menu.</source>
        <translation>Wählen Sie, was für Ihre Augen heute am angenehmsten ist. Die Vorschau zeigt jede Änderung sofort. Sie können all das später über die Schaltfläche „Komfort“ in der Werkzeugleiste oder über das Menü „Komfort“ ändern.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="59"/>
        <source>Every change shows at once, in the preview and in the article.</source>
        <translation>Jede Änderung ist sofort zu sehen, in der Vorschau und im Artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="64"/>
        <source>Quick choices:</source>
        <translation>Schnellauswahl:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>A−  Smaller</source>
        <translation>A−  Kleiner</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>Make the text smaller</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>A+  Larger</source>
        <translation>A+  Größer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>Make the text larger</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="86"/>
        <source>Text size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="92"/>
        <source>Follow the system (light or dark)</source>
        <translation>Wie im System (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="96"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="97"/>
        <source>Colours of the window and the article. Pictures keep their own colours.</source>
        <translation>Farben des Fensters und des Artikels. Bilder behalten ihre eigenen Farben.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="103"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Wide</source>
        <translation>Weit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Extra wide</source>
        <translation>Extra weit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="110"/>
        <source>Spacing</source>
        <translation>Abstände</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="111"/>
        <source>Space between lines, letters and words</source>
        <translation>Abstand zwischen Zeilen, Buchstaben und Wörtern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="120"/>
        <source>Spacing:</source>
        <translation>Abstände:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing:</source>
        <translation>Zeilenabstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing</source>
        <translation>Zeilenabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing:</source>
        <translation>Buchstabenabstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing</source>
        <translation>Buchstabenabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing:</source>
        <translation>Wortabstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing</source>
        <translation>Wortabstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length:</source>
        <translation>Zeilenlänge:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length</source>
        <translation>Zeilenlänge</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>Easier-to-read letters</source>
        <translation>Leichter lesbare Buchstaben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>OpenDyslexic: a font with heavier, more distinct letters</source>
        <translation>OpenDyslexic: eine Schrift mit kräftigeren, besser unterscheidbaren Buchstaben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="143"/>
        <source>Show the Listen button</source>
        <translation>Schaltfläche „Vorlesen“ zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="144"/>
        <source>A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)</source>
        <translation>Eine Schaltfläche „Vorlesen“ in der Werkzeugleiste liest den Artikel vor (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="149"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Skip for now</source>
        <translation>Jetzt überspringen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Keep the usual settings and start reading</source>
        <translation>Die üblichen Einstellungen behalten und mit dem Lesen beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Save as a profile…</source>
        <translation>Als Profil speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Keep these settings under a name</source>
        <translation>Diese Einstellungen unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="176"/>
        <source>Save comfort profile</source>
        <translation>Komfortprofil speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="177"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Name für dieses Profil (zum Beispiel „Abends“):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Start reading</source>
        <translation>Lesen beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Keep these settings and start reading</source>
        <translation>Diese Einstellungen behalten und mit dem Lesen beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Close this page</source>
        <translation>Diese Seite schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="273"/>
        <source>The usual text size, spacing and colours</source>
        <translation>Die übliche Schriftgröße, Abstände und Farben</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="275"/>
        <source>Larger text, more space, shorter lines and a cream background</source>
        <translation>Größere Schrift, mehr Abstand, kürzere Zeilen und ein cremefarbener Hintergrund</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="277"/>
        <source>Larger text with the Listen button ready to read aloud</source>
        <translation>Größere Schrift und die Schaltfläche „Vorlesen“, bereit zum Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="279"/>
        <source>Your saved profile &quot;%1&quot;</source>
        <translation>Ihr gespeichertes Profil „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="305"/>
        <source>Custom</source>
        <translation>Angepasst</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="325"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="326"/>
        <source>Text size %1%</source>
        <translation>Schriftgröße %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortPreview</name>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="50"/>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="52"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="51"/>
        <source>The start of an article, shown with the chosen settings</source>
        <translation>Der Anfang eines Artikels, mit den gewählten Einstellungen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortProfiles</name>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="53"/>
        <source>Comfort profile: %1</source>
        <translation>Komfortprofil: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="92"/>
        <source>Saved the comfort profile &quot;%1&quot;.</source>
        <translation>Das Komfortprofil „%1“ wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::DeleteAllDialog</name>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="33"/>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="88"/>
        <source>Delete All My Data</source>
        <translation>Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="38"/>
        <source>Delete all your data from this computer?</source>
        <translation>Alle Ihre Daten von diesem Computer löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="46"/>
        <source>%n damaged copies of your data file, set aside earlier</source>
        <translation>
            <numerusform>%n beschädigte Kopie Ihrer Datendatei, früher beiseitegelegt</numerusform>
            <numerusform>%n beschädigte Kopien Ihrer Datendatei, früher beiseitegelegt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="49"/>
        <source>You have no bookmarks, notes, questions or history saved.</source>
        <translation>Sie haben keine Lesezeichen, Notizen, Fragen und keinen Verlauf gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="51"/>
        <source>This deletes:</source>
        <translation>Gelöscht wird:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="54"/>
        <source>This deletes: %1</source>
        <translation>Gelöscht wird: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="56"/>
        <source>This cannot be undone. To keep a copy, choose “Export My Data First”.</source>
        <translation>Das lässt sich nicht rückgängig machen. Um eine Kopie zu behalten, wählen Sie „Zuerst meine Daten exportieren“.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="63"/>
        <source>Also put all &amp;settings back as they were</source>
        <translation>Auch alle &amp;Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="65"/>
        <source>Also put all settings back as they were</source>
        <translation>Auch alle Einstellungen zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="68"/>
        <source>Text size, colours, spacing, comfort profiles, window size, paper size and the handout details go back to how they were when Myelin was installed.</source>
        <translation>Schriftgröße, Farben, Abstände, Komfortprofile, Fenstergröße, Papierformat und die Angaben für das Infoheft werden auf den Stand bei der Installation von Myelin zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="76"/>
        <source>&amp;Export My Data First…</source>
        <translation>&amp;Zuerst meine Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="78"/>
        <source>Export My Data First</source>
        <translation>Zuerst meine Daten exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="86"/>
        <source>&amp;Delete All My Data</source>
        <translation>&amp;Alle meine Daten löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::FindBar</name>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="17"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="20"/>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="24"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="30"/>
        <source>Words to find in this page</source>
        <translation>Wörter, die auf dieser Seite gesucht werden</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="31"/>
        <source>Type words to find in the open page. Enter finds the next, Shift+Enter the previous.</source>
        <translation>Geben Sie Wörter ein, die auf der geöffneten Seite gesucht werden sollen. Enter findet den nächsten Treffer, Shift+Enter den vorherigen.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="33"/>
        <source>Matches found</source>
        <translation>Gefundene Treffer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="34"/>
        <location filename="../app/ui/search/findbar.cpp" line="145"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="40"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Zum vorherigen Treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="41"/>
        <source>Go to the next match (F3)</source>
        <translation>Zum nächsten Treffer (F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="42"/>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPanel</name>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="28"/>
        <source>Filter terms</source>
        <translation>Begriffe filtern</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="31"/>
        <source>Filter glossary terms</source>
        <translation>Glossarbegriffe filtern</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="32"/>
        <source>Type part of a word to show only matching terms</source>
        <translation>Geben Sie einen Teil eines Wortes ein, um nur passende Begriffe zu zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="42"/>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="43"/>
        <source>Press Enter to read a term&apos;s definition</source>
        <translation>Drücken Sie Enter, um die Erklärung eines Begriffs zu lesen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="90"/>
        <source>Glossary term</source>
        <translation>Glossarbegriff</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPopover</name>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="119"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="138"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="140"/>
        <source>Closes the definition and goes back to the article</source>
        <translation>Schließt die Erklärung und kehrt zum Artikel zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="156"/>
        <source>Definition</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="232"/>
        <source>Opens the glossary page of %1</source>
        <translation>Öffnet die Glossarseite zu %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="233"/>
        <source>%1: definition</source>
        <translation>%1: Erklärung</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="437"/>
        <source>More about %1</source>
        <translation>Mehr über %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="139"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More about this word</source>
        <translation>Mehr über dieses Wort</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HandoutDialog</name>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>&amp;Add to Handout</source>
        <translation>Zum Infoheft &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>Add the selected articles to the end of the handout</source>
        <translation>Die ausgewählten Artikel am Ende des Infohefts anfügen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move the selected article one place earlier</source>
        <translation>Den ausgewählten Artikel eine Stelle nach vorne rücken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move the selected article one place later</source>
        <translation>Den ausgewählten Artikel eine Stelle nach hinten rücken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>Take the selected article out of the handout</source>
        <translation>Den ausgewählten Artikel aus dem Infoheft nehmen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="81"/>
        <source>Cover page with the title and your group&apos;s details</source>
        <translation>Titelseite mit dem Titel und den Angaben Ihrer Gruppe</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="82"/>
        <source>Contents page with page numbers</source>
        <translation>Inhaltsverzeichnis mit Seitenzahlen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="83"/>
        <source>Glossary of the medical words the articles use</source>
        <translation>Glossar der Fachwörter aus den Artikeln</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>Zeitleiste der Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="85"/>
        <source>My questions for my next appointment, with space for the answers</source>
        <translation>Meine Fragen für den nächsten Arzttermin, mit Platz für die Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>Open a handout you saved before</source>
        <translation>Ein früher gespeichertes Infoheft öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>Save this handout&apos;s articles and options to reuse later</source>
        <translation>Artikel und Optionen dieses Infohefts speichern, um sie später wiederzuverwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>Show the pages and print them</source>
        <translation>Die Seiten anzeigen und drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save the handout as one PDF file</source>
        <translation>Das Infoheft als eine PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close this window; the handout is remembered for next time</source>
        <translation>Dieses Fenster schließen; das Infoheft bleibt für das nächste Mal erhalten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="94"/>
        <source>Make a Handout</source>
        <translation>Infoheft erstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="95"/>
        <source>Make a handout</source>
        <translation>Infoheft erstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="96"/>
        <source>Choose articles and options for a printed handout booklet.</source>
        <translation>Wählen Sie Artikel und Optionen für ein gedrucktes Infoheft.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="100"/>
        <source>2. The cover page</source>
        <translation>2. Die Titelseite</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>Handout title</source>
        <translation>Titel des Infohefts</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>The title printed on the cover, for example &quot;Welcome pack&quot;</source>
        <translation>Der Titel auf der Titelseite, zum Beispiel „Willkommensmappe“</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="103"/>
        <source>For example: Welcome pack</source>
        <translation>Zum Beispiel: Willkommensmappe</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Group name</source>
        <translation>Name der Gruppe</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Your group&apos;s name, printed on the cover and at the foot of each page</source>
        <translation>Der Name Ihrer Gruppe, gedruckt auf der Titelseite und unten auf jeder Seite</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="107"/>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="108"/>
        <source>How to reach your group: meeting place and times, phone, email. Printed on the cover.</source>
        <translation>So erreicht man Ihre Gruppe: Treffpunkt und Zeiten, Telefon, E-Mail. Wird auf die Titelseite gedruckt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="112"/>
        <source>&amp;Group name:</source>
        <translation>Name der &amp;Gruppe:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="113"/>
        <source>Con&amp;tact details:</source>
        <translation>&amp;Kontaktdaten:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="116"/>
        <source>1. Choose the articles</source>
        <translation>1. Artikel auswählen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="117"/>
        <source>A&amp;ll articles:</source>
        <translation>&amp;Alle Artikel:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="119"/>
        <source>In this &amp;handout, in order:</source>
        <translation>In diesem &amp;Infoheft, der Reihe nach:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Filter articles</source>
        <translation>Artikel filtern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Type part of a title to show only matching articles</source>
        <translation>Geben Sie einen Teil eines Titels ein, um nur passende Artikel zu zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="122"/>
        <source>Type to find an article</source>
        <translation>Tippen, um einen Artikel zu finden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="125"/>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="126"/>
        <source>Select one or more articles, then choose Add to Handout (or press Enter)</source>
        <translation>Wählen Sie einen oder mehrere Artikel und dann „Zum Infoheft hinzufügen“ (oder drücken Sie Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>Articles in this handout</source>
        <translation>Artikel in diesem Infoheft</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>The handout prints these articles in this order</source>
        <translation>Das Infoheft druckt diese Artikel in dieser Reihenfolge</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="153"/>
        <source>3. What else to include</source>
        <translation>3. Was noch hinein soll</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="155"/>
        <source>Start with a cover page</source>
        <translation>Mit einer Titelseite beginnen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="156"/>
        <source>List every part with the page it starts on</source>
        <translation>Jeden Teil mit der Seite auflisten, auf der er beginnt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="157"/>
        <source>Add the meanings of the medical words used in these articles</source>
        <translation>Die Bedeutung der Fachwörter aus diesen Artikeln anfügen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="158"/>
        <source>Add the timeline of research and events</source>
        <translation>Die Zeitleiste zu Forschung und Ereignissen anfügen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="159"/>
        <source>Add a page of your own questions from the Questions pane, the ones not ticked off (left out when there are none)</source>
        <translation>Eine Seite mit Ihren eigenen Fragen aus dem Bereich „Fragen“ anfügen, nur die nicht abgehakten (entfällt, wenn es keine gibt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="164"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="414"/>
        <source>Save paper (%1 point, narrow margins)</source>
        <translation>Papier sparen (%1 Punkt, schmale Ränder)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="169"/>
        <source>Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge for printing on both sides</source>
        <translation>Weniger Blätter zum Kopieren: kleinere Schrift, schmale Ränder, Seitenzahlen am Außenrand für beidseitigen Druck</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="172"/>
        <source>Standard print (%1 point)</source>
        <translation>Normaldruck (%1 Punkt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="173"/>
        <source>Large print (%1 point)</source>
        <translation>Großdruck (%1 Punkt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="174"/>
        <source>Extra large print (%1 point)</source>
        <translation>Sehr großer Druck (%1 Punkt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="176"/>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="177"/>
        <source>Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest pages</source>
        <translation>Großdruck (16 Punkt oder mehr) eignet sich für Menschen, die schlecht sehen; „Papier sparen“ ergibt die wenigsten Seiten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="180"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="181"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>The paper your printer uses</source>
        <translation>Das Papier, das Ihr Drucker verwendet</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="184"/>
        <source>Te&amp;xt size:</source>
        <translation>S&amp;chriftgröße:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="186"/>
        <source>Pape&amp;r:</source>
        <translation>Papie&amp;r:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="201"/>
        <source>Handout status</source>
        <translation>Stand des Infohefts</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="204"/>
        <source>Page count</source>
        <translation>Anzahl der Seiten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="415"/>
        <source>%1 point</source>
        <translation>%1 Punkt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="428"/>
        <source>Left out, because this collection has no such article: %1</source>
        <translation>Weggelassen, weil es diesen Artikel in dieser Sammlung nicht gibt: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="500"/>
        <source>Already in the handout: %1</source>
        <translation>Schon im Infoheft: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/print/handoutdialog.cpp" line="502"/>
        <source>%n articles in the handout.</source>
        <translation>
            <numerusform>%n Artikel im Infoheft.</numerusform>
            <numerusform>%n Artikel im Infoheft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="580"/>
        <source>Add articles to see how many pages the handout takes.</source>
        <translation>Fügen Sie Artikel hinzu, um zu sehen, wie viele Seiten das Infoheft hat.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="581"/>
        <source>Counting the pages…</source>
        <translation>Die Seiten werden gezählt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="602"/>
        <source>The pages could not be counted.</source>
        <translation>Die Seiten konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="607"/>
        <source>This handout takes 1 page.</source>
        <translation>Dieses Infoheft hat 1 Seite.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="609"/>
        <source>This handout takes 2 pages (1 sheet printed on both sides).</source>
        <translation>Dieses Infoheft hat 2 Seiten (1 Blatt, beidseitig bedruckt).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="612"/>
        <source>This handout takes %1 pages (%2 sheets printed on both sides).</source>
        <translation>Dieses Infoheft hat %1 Seiten (%2 Blätter, beidseitig bedruckt).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="634"/>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="643"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="659"/>
        <source>Open a Handout</source>
        <translation>Infoheft öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="660"/>
        <source>Myelin handouts (*.json);;All files (*)</source>
        <translation>Myelin-Infohefte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="666"/>
        <source>Cannot open the handout</source>
        <translation>Das Infoheft kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="674"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="690"/>
        <source>handout</source>
        <translation>infoheft</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="675"/>
        <source>Save the Handout</source>
        <translation>Infoheft speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="677"/>
        <source>Myelin handouts (*.json)</source>
        <translation>Myelin-Infohefte (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="684"/>
        <source>Cannot save the handout</source>
        <translation>Das Infoheft kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="691"/>
        <source>Save the Handout as PDF</source>
        <translation>Infoheft als PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="693"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HighlightDialog</name>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="39"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="42"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="45"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="48"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Highlight</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="66"/>
        <source>Passage: %1</source>
        <translation>Textstelle: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="70"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="82"/>
        <source>Highlight colour. Use the arrow keys to choose another.</source>
        <translation>Farbe der Markierung. Mit den Pfeiltasten wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="95"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="99"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="100"/>
        <source>Your own words about this passage. Ctrl+Enter saves.</source>
        <translation>Ihre eigenen Worte zu dieser Textstelle. Ctrl+Enter speichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="104"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryDays</name>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="12"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="15"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryPage</name>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Clear This Day…</source>
        <translation>Diesen Tag löschen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="24"/>
        <source>Clear All History…</source>
        <translation>Ganzen Verlauf löschen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="26"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="36"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="27"/>
        <source>Nothing here yet. The pages you read are listed here by day.</source>
        <translation>Hier ist noch nichts. Die Seiten, die Sie lesen, erscheinen hier nach Tagen geordnet.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="37"/>
        <source>The pages you read, by day, newest first. Press Enter to open one.</source>
        <translation>Die gelesenen Seiten nach Tagen, die neuesten zuerst. Drücken Sie Enter, um eine zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="42"/>
        <source>Open: open the chosen page</source>
        <translation>Öffnen: die gewählte Seite öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="43"/>
        <source>Open the chosen page (Enter)</source>
        <translation>Die gewählte Seite öffnen (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="45"/>
        <source>Clear This Day: remove the chosen day&apos;s pages from the history</source>
        <translation>Diesen Tag löschen: die Seiten des gewählten Tages aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="46"/>
        <source>Remove the chosen day&apos;s pages from the history</source>
        <translation>Die Seiten des gewählten Tages aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="48"/>
        <source>Clear All History: remove every page from the history</source>
        <translation>Ganzen Verlauf löschen: alle Seiten aus dem Verlauf entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="49"/>
        <source>Remove every page from the history (bookmarks stay)</source>
        <translation>Alle Seiten aus dem Verlauf entfernen (Lesezeichen bleiben)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/historypage.cpp" line="105"/>
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n Seite</numerusform>
            <numerusform>%1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="111"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="112"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (nicht mehr in der Bibliothek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="117"/>
        <source>%1, read at %2, no longer in the library</source>
        <translation>%1, gelesen um %2, nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="118"/>
        <source>%1, read at %2</source>
        <translation>%1, gelesen um %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="120"/>
        <source>%1: a content update renamed or removed this page.</source>
        <translation>%1: Ein Inhalts-Update hat diese Seite umbenannt oder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="182"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="202"/>
        <source>Clear This Day?</source>
        <translation>Diesen Tag löschen?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="203"/>
        <source>Remove the pages you read on %1 from the history? Bookmarks and reading places stay.</source>
        <translation>Die Seiten, die Sie an diesem Tag (%1) gelesen haben, aus dem Verlauf entfernen? Lesezeichen und Lesestellen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="206"/>
        <source>Clear %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="208"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="222"/>
        <source>The history could not be cleared.</source>
        <translation>Der Verlauf konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="217"/>
        <source>Clear All History?</source>
        <translation>Ganzen Verlauf löschen?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="218"/>
        <source>Remove every page from the history? This cannot be undone. Bookmarks and reading places stay.</source>
        <translation>Alle Seiten aus dem Verlauf entfernen? Das lässt sich nicht rückgängig machen. Lesezeichen und Lesestellen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="220"/>
        <source>Clear All History</source>
        <translation>Ganzen Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::KeyboardNavigation</name>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="42"/>
        <source>Next Region</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="45"/>
        <source>Move to the next part of the window: toolbar, contents, article, related items</source>
        <translation>Zum nächsten Teil des Fensters: Werkzeugleiste, Inhalt, Artikel, verwandte Themen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="47"/>
        <source>Previous Region</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="50"/>
        <source>Move to the previous part of the window</source>
        <translation>Zum vorherigen Teil des Fensters</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::LanguageMenu</name>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="16"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="24"/>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="31"/>
        <source>Show Myelin in %1</source>
        <translation>Myelin auf %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="33"/>
        <source>Use the language of this computer when Myelin has it, else English</source>
        <translation>Die Sprache dieses Computers verwenden, wenn Myelin sie hat, sonst Englisch</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MainWindow</name>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="258"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="259"/>
        <source>Myelin</source>
        <translation>Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="265"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="280"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="266"/>
        <source>All articles. Use the arrow keys to move and open them.</source>
        <translation>Alle Artikel. Mit den Pfeiltasten wechseln Sie zwischen ihnen und öffnen sie.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="281"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="305"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="319"/>
        <source>Open in your web browser?</source>
        <translation>Im Webbrowser öffnen?</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="320"/>
        <source>This link leads outside Myelin, to:

%1

Open it in your web browser? Your browser will need an internet connection.</source>
        <translation>Dieser Link führt aus Myelin hinaus, zu:

%1

Im Webbrowser öffnen? Ihr Browser braucht dafür eine Internetverbindung.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Go back to the previous article</source>
        <translation>Zurück zum vorherigen Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Go to the welcome page</source>
        <translation>Zur Startseite</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Show the glossary of terms</source>
        <translation>Das Glossar der Begriffe anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <source>Show the timeline of events</source>
        <translation>Die Zeitleiste der Ereignisse anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <source>Show the collection of quotes</source>
        <translation>Die Sammlung der Zitate anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>Make the text smaller</source>
        <translation>Text verkleinern</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>Normal text size</source>
        <translation>Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>Make the text larger</source>
        <translation>Text vergrößern</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="450"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="453"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="459"/>
        <source>Text size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="494"/>
        <source>&amp;Get Help Now</source>
        <translation>&amp;Sofort Hilfe holen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="496"/>
        <source>Emergency numbers, crisis lines and MS helplines</source>
        <translation>Notrufnummern, Krisentelefone und MS-Beratungstelefone</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="518"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="481"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="483"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="487"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="502"/>
        <source>&amp;How to Use Myelin</source>
        <translation>&amp;Anleitung zu Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="505"/>
        <source>Open the guide to Myelin, with its keyboard shortcuts</source>
        <translation>Die Anleitung zu Myelin öffnen, mit den Tastenkürzeln</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="544"/>
        <source>Show &amp;Contents</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="547"/>
        <source>Show or hide the contents and glossary beside the article</source>
        <translation>Inhalt und Glossar neben dem Artikel zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="548"/>
        <source>Show &amp;Related Items</source>
        <translation>&amp;Verwandte Themen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="551"/>
        <source>Show or hide the related items beside the article</source>
        <translation>Verwandte Themen neben dem Artikel zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="562"/>
        <source>This page has no related items.</source>
        <translation>Zu dieser Seite gibt es keine verwandten Themen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="686"/>
        <source>Your answer could not be saved. %1</source>
        <translation>Ihre Antwort konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="700"/>
        <source>Changes are not being saved</source>
        <translation>Änderungen werden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="313"/>
        <source>Text size %1%</source>
        <translation>Schriftgröße %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="89"/>
        <source>More buttons</source>
        <translation>Weitere Schaltflächen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="91"/>
        <source>More buttons: those the window has no room for</source>
        <translation>Weitere Schaltflächen: die, für die das Fenster keinen Platz hat</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="684"/>
        <source>Thank you. Your answer is saved on this computer only.</source>
        <translation>Danke. Ihre Antwort wird nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="712"/>
        <source>There is no article called &quot;%1&quot;. Showing the welcome page.</source>
        <translation>Es gibt keinen Artikel „%1“. Die Startseite wird angezeigt.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="755"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="766"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="789"/>
        <source>%1 – Myelin</source>
        <translation>%1 – Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="765"/>
        <source>Glossary: %1</source>
        <translation>Glossar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="846"/>
        <source>Feedback on &quot;%1&quot;</source>
        <translation>Rückmeldung zu „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="847"/>
        <source>Article: %1

My comments:
</source>
        <translation>Artikel: %1

Meine Anmerkungen:
</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MessageStrip</name>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="15"/>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="16"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="19"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="22"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>Wiederherstellen, was gerade gelöscht wurde (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="23"/>
        <source>Close: close this message</source>
        <translation>Schließen: diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="24"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataController</name>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="51"/>
        <source>My &amp;Data</source>
        <translation>&amp;Meine Daten</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="53"/>
        <source>&amp;Export My Data…</source>
        <translation>Meine Daten &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="54"/>
        <source>Save your bookmarks, notes, questions and history in one file, to keep or to move to another computer</source>
        <translation>Ihre Lesezeichen, Notizen, Fragen und den Verlauf in einer Datei speichern, zum Aufbewahren oder für einen anderen Computer</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="56"/>
        <source>&amp;Import My Data…</source>
        <translation>Meine Daten &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="57"/>
        <source>Add the bookmarks, notes, questions and history from an exported file; nothing of yours is overwritten</source>
        <translation>Lesezeichen, Notizen, Fragen und Verlauf aus einer exportierten Datei hinzufügen; von Ihren Daten wird nichts überschrieben</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="60"/>
        <source>&amp;Delete All My Data…</source>
        <translation>&amp;Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="61"/>
        <source>Delete your bookmarks, notes, questions, history and answers from this computer</source>
        <translation>Ihre Lesezeichen, Notizen, Fragen, den Verlauf und Ihre Antworten von diesem Computer löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="74"/>
        <source>Your data file was damaged</source>
        <translation>Ihre Datendatei war beschädigt</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="75"/>
        <source>A new data file was started; the damaged one was kept aside.</source>
        <translation>Eine neue Datendatei wurde angelegt; die beschädigte wurde beiseitegelegt.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="99"/>
        <source>Myelin data %1</source>
        <translation>Myelin-Daten %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="101"/>
        <source>Export My Data</source>
        <translation>Meine Daten exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="102"/>
        <source>Myelin data (*.json)</source>
        <translation>Myelin-Daten (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="118"/>
        <source>Your data was not exported</source>
        <translation>Ihre Daten wurden nicht exportiert</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="122"/>
        <source>Your data is saved in %1.</source>
        <translation>Ihre Daten sind in %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="123"/>
        <source>There was nothing to export yet.</source>
        <translation>Es gab noch nichts zu exportieren.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="124"/>
        <source>It holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="125"/>
        <source>Keep it somewhere safe: your notes are in it as plain text. To bring them back, or onto another computer, choose File &gt; My Data &gt; Import My Data.</source>
        <translation>Bewahren Sie die Datei sicher auf: Ihre Notizen stehen darin als einfacher Text. Um alles zurückzuholen oder auf einen anderen Computer zu bringen, wählen Sie Datei &gt; Meine Daten &gt; Meine Daten importieren.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="127"/>
        <source>Your data is exported</source>
        <translation>Ihre Daten sind exportiert</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="128"/>
        <source>Your data is exported to %1</source>
        <translation>Ihre Daten sind nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="138"/>
        <source>Import My Data</source>
        <translation>Meine Daten importieren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="139"/>
        <source>Myelin data (*.json);;All files (*)</source>
        <translation>Myelin-Daten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="151"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="154"/>
        <source>From %1:</source>
        <translation>Aus %1:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="156"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="179"/>
        <source>Your data was not deleted</source>
        <translation>Ihre Daten wurden nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="182"/>
        <source>Your bookmarks, notes, questions, history and answers are deleted from this computer.</source>
        <translation>Ihre Lesezeichen, Notizen, Fragen, Ihr Verlauf und Ihre Antworten sind von diesem Computer gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="184"/>
        <source>These set-aside copies could not be removed; delete them yourself:</source>
        <translation>Diese beiseitegelegten Kopien konnten nicht entfernt werden; bitte löschen Sie sie selbst:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="194"/>
        <source>Your settings are back as they were when Myelin was installed.</source>
        <translation>Ihre Einstellungen sind wieder so wie bei der Installation von Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="195"/>
        <source>Your settings are back to the defaults for now, but could not be saved.</source>
        <translation>Ihre Einstellungen sind vorerst auf die Standardwerte zurückgesetzt, konnten aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="198"/>
        <source>Your data is deleted</source>
        <translation>Ihre Daten sind gelöscht</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="199"/>
        <source>Your data is deleted.</source>
        <translation>Ihre Daten sind gelöscht.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataText</name>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%1 in %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="13"/>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="49"/>
        <source>%n bookmarks</source>
        <translation>
            <numerusform>%n Lesezeichen</numerusform>
            <numerusform>%n Lesezeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n mit Notiz</numerusform>
            <numerusform>%n mit Notiz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="21"/>
        <source>%n questions for your appointment</source>
        <translation>
            <numerusform>%n Frage für Ihren Arzttermin</numerusform>
            <numerusform>%n Fragen für Ihren Arzttermin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="24"/>
        <source>your reading history (%n page visits)</source>
        <translation>
            <numerusform>Ihr Leseverlauf (%n Seitenaufruf)</numerusform>
            <numerusform>Ihr Leseverlauf (%n Seitenaufrufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="27"/>
        <source>where you were in %n articles</source>
        <translation>
            <numerusform>Ihre Lesestelle in %n Artikel</numerusform>
            <numerusform>Ihre Lesestellen in %n Artikeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="30"/>
        <source>%n answers to “Was this useful?”</source>
        <translation>
            <numerusform>%n Antwort auf „War das hilfreich?“</numerusform>
            <numerusform>%n Antworten auf „War das hilfreich?“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="52"/>
        <source>%n bookmark folders</source>
        <translation>
            <numerusform>%n Lesezeichenordner</numerusform>
            <numerusform>%n Lesezeichenordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="55"/>
        <source>%n highlights and notes</source>
        <translation>
            <numerusform>%n Markierung oder Notiz</numerusform>
            <numerusform>%n Markierungen und Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="58"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="61"/>
        <source>%n page visits in your history</source>
        <translation>
            <numerusform>%n Seitenaufruf in Ihrem Verlauf</numerusform>
            <numerusform>%n Seitenaufrufe in Ihrem Verlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="64"/>
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n Lesestelle</numerusform>
            <numerusform>%n Lesestellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="67"/>
        <source>%n feedback answers</source>
        <translation>
            <numerusform>%n Rückmeldung</numerusform>
            <numerusform>%n Rückmeldungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="69"/>
        <source>Added: %1.</source>
        <translation>Hinzugefügt: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="71"/>
        <source>Nothing new was added: everything in the file is already here.</source>
        <translation>Nichts Neues hinzugefügt: Alles aus der Datei ist schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="74"/>
        <source>Already here, so skipped: %n items.</source>
        <translation>
            <numerusform>Schon vorhanden, daher übersprungen: %n Eintrag.</numerusform>
            <numerusform>Schon vorhanden, daher übersprungen: %n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="77"/>
        <source>Kept both: %n items in the file are different versions of yours (other words), so they were added beside yours. Nothing of yours was changed.</source>
        <translation>
            <numerusform>Beide behalten: %n Eintrag in der Datei ist eine andere Fassung eines Ihrer Einträge (anderer Wortlaut) und wurde deshalb neben Ihrem hinzugefügt. An Ihren Einträgen wurde nichts geändert.</numerusform>
            <numerusform>Beide behalten: %n Einträge in der Datei sind andere Fassungen Ihrer Einträge (anderer Wortlaut) und wurden deshalb neben Ihren hinzugefügt. An Ihren Einträgen wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="82"/>
        <source>Could not be read, so skipped: %n items.</source>
        <translation>
            <numerusform>Nicht lesbar, daher übersprungen: %n Eintrag.</numerusform>
            <numerusform>Nicht lesbar, daher übersprungen: %n Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesController</name>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="59"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Markieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <location filename="../app/ui/notes/notescontroller.cpp" line="77"/>
        <source>Change C&amp;olour</source>
        <translation>Fa&amp;rbe ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Undo Remove Highlight</source>
        <translation>Markierung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="65"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="68"/>
        <source>Highlight the selected passage, with a note if you like</source>
        <translation>Die ausgewählte Textstelle markieren, auf Wunsch mit einer Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="78"/>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="106"/>
        <source>Show your highlights and notes</source>
        <translation>Ihre Markierungen und Notizen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="485"/>
        <source>That article is no longer in the library. Your notes on it are kept.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek. Ihre Notizen dazu bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="268"/>
        <source>Select a passage in the article first, then choose Highlight (%1).</source>
        <translation>Wählen Sie zuerst eine Textstelle im Artikel aus und dann „Markieren“ (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="274"/>
        <source>Highlights can be kept in articles only.</source>
        <translation>Markierungen sind nur in Artikeln möglich.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="306"/>
        <source>Your highlight could not be saved. %1</source>
        <translation>Ihre Markierung konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="312"/>
        <source>Highlighted. It is listed under Notes.</source>
        <translation>Markiert. Sie finden die Markierung unter „Notizen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="323"/>
        <source>Your note could not be saved. %1</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="339"/>
        <source>The new colour could not be saved. %1</source>
        <translation>Die neue Farbe konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="347"/>
        <source>The highlight could not be removed. %1</source>
        <translation>Die Markierung konnte nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="500"/>
        <source>Removed the highlight %1.</source>
        <translation>Markierung %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="358"/>
        <source>Removed the highlight %1. Undo is in the Notes pane and the article&apos;s menu.</source>
        <translation>Markierung %1 entfernt. „Rückgängig“ finden Sie im Bereich „Notizen“ und im Artikelmenü.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="370"/>
        <source>The highlight could not be brought back. %1</source>
        <translation>Die Markierung konnte nicht wiederhergestellt werden. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="378"/>
        <source>The highlight is back.</source>
        <translation>Die Markierung ist wieder da.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="394"/>
        <source>That article is no longer in the library. Your highlight and note are kept here.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek. Ihre Markierung und Notiz bleiben hier erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="411"/>
        <source>This highlight could not be placed: the passage has changed since you marked it. Your quote is kept in the Notes pane.</source>
        <translation>Diese Markierung konnte nicht gesetzt werden: Die Textstelle hat sich geändert, seit Sie sie markiert haben. Ihr Zitat bleibt im Bereich „Notizen“ erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="429"/>
        <source>Your highlight: %1</source>
        <translation>Ihre Markierung: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesPane</name>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <location filename="../app/ui/notes/notespane.cpp" line="59"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="28"/>
        <location filename="../app/ui/notes/notespane.cpp" line="63"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="29"/>
        <location filename="../app/ui/notes/notespane.cpp" line="232"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="35"/>
        <source>No highlights yet. Select a passage in an article, right-click it and choose Highlight… to keep it here with your own note.</source>
        <translation>Noch keine Markierungen. Wählen Sie in einem Artikel eine Textstelle aus, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Markieren…“, um sie hier mit Ihrer eigenen Notiz aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="50"/>
        <source>Notes and highlights</source>
        <translation>Notizen und Markierungen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="51"/>
        <source>Your highlights by article. Press Enter to show one in its article, Delete to remove it.</source>
        <translation>Ihre Markierungen nach Artikeln. Enter zeigt eine Markierung in ihrem Artikel, Entf entfernt sie.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="60"/>
        <source>Show the chosen highlight in its article</source>
        <translation>Die gewählte Markierung in ihrem Artikel zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="61"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="62"/>
        <source>Change the chosen highlight&apos;s note or colour</source>
        <translation>Notiz oder Farbe der gewählten Markierung ändern</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="64"/>
        <source>Remove the chosen highlight and its note (you can undo it)</source>
        <translation>Die gewählte Markierung und ihre Notiz entfernen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="75"/>
        <source>Bring back the highlight you removed</source>
        <translation>Die entfernte Markierung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="134"/>
        <source>No longer in the library</source>
        <translation>Nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="140"/>
        <source>%1, no longer in the library</source>
        <translation>%1, nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="143"/>
        <source>Article. Press Enter to open it.</source>
        <translation>Artikel. Drücken Sie Enter, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="144"/>
        <source>This article is not in this version of the library. Your highlights and notes on it are kept.</source>
        <translation>Dieser Artikel ist nicht in dieser Version der Bibliothek. Ihre Markierungen und Notizen dazu bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="155"/>
        <source>Could not be placed</source>
        <translation>Konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="171"/>
        <source>%1 highlight in %2: %3</source>
        <translation>Markierung (%1) in %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="174"/>
        <source>The passage has changed since you marked it, so it is not shown in the article. Your quote is kept.</source>
        <translation>Die Textstelle hat sich geändert, seit Sie sie markiert haben, deshalb wird sie im Artikel nicht angezeigt. Ihr Zitat bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesText</name>
    <message>
        <location filename="../app/ui/notes/notestext.cpp" line="27"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPagePainter</name>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="28"/>
        <source>The pages could not be read.</source>
        <translation>Die Seiten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="35"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="55"/>
        <source>The printer stopped after page %1.</source>
        <translation>Der Drucker hat nach Seite %1 angehalten.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPipeline</name>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="107"/>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="127"/>
        <source>No article was chosen.</source>
        <translation>Es wurde kein Artikel gewählt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="133"/>
        <source>There is no article called &quot;%1&quot;.</source>
        <translation>Es gibt keinen Artikel „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="145"/>
        <source>Articles from Myelin</source>
        <translation>Artikel aus Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="178"/>
        <source>This page cannot be printed.</source>
        <translation>Diese Seite kann nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="190"/>
        <source>Glossary: %1</source>
        <translation>Glossar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="201"/>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="214"/>
        <source>The handout has no articles. Add at least one.</source>
        <translation>Das Infoheft enthält keine Artikel. Fügen Sie mindestens einen hinzu.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="220"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>In dieser Sammlung gibt es keinen Artikel „%1“.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="223"/>
        <source>Information about MS</source>
        <translation>Informationen zu MS</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="233"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="263"/>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="268"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="289"/>
        <source>There are no questions to print.</source>
        <translation>Es gibt keine Fragen zum Drucken.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="335"/>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>„%1“ konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="363"/>
        <source>The contents page could not be laid out.</source>
        <translation>Das Inhaltsverzeichnis konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="393"/>
        <source>The PDF could not be put together: %1</source>
        <translation>Das PDF konnte nicht zusammengestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PrintController</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="52"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="104"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="375"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>As &amp;PDF…</source>
        <translation>Als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="170"/>
        <source>Print this page</source>
        <translation>Diese Seite drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>Save this page as a PDF file, ready to print or email</source>
        <translation>Diese Seite als PDF-Datei speichern, zum Drucken oder zum Versenden per E-Mail</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>Als &amp;Webseite (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>Save this article as one web page file that opens in any browser</source>
        <translation>Diesen Artikel als eine einzige Webseiten-Datei speichern, die sich in jedem Browser öffnen lässt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>As Plain &amp;Text…</source>
        <translation>Als einfachen &amp;Text…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>Save this article as plain text</source>
        <translation>Diesen Artikel als einfachen Text speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Make a &amp;Handout…</source>
        <translation>&amp;Infoheft erstellen…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Put several articles together into a booklet to print or save as PDF</source>
        <translation>Mehrere Artikel zu einem Heft zusammenstellen, zum Drucken oder zum Speichern als PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Export as Web Page</source>
        <translation>Als Webseite exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="127"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="135"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Export as Plain Text</source>
        <translation>Als einfachen Text exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="142"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="145"/>
        <source>Paper &amp;Size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>US &amp;Letter</source>
        <translation>US &amp;Letter</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="152"/>
        <source>Print and export on %1 paper</source>
        <translation>Auf Papier im Format %1 drucken und exportieren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="297"/>
        <source>Preparing the pages for printing…</source>
        <translation>Die Seiten werden für den Druck vorbereitet…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="303"/>
        <source>Cannot print</source>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="315"/>
        <source>Preparing the handout&apos;s pages…</source>
        <translation>Die Seiten des Infohefts werden vorbereitet…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="321"/>
        <source>Cannot print the handout</source>
        <translation>Das Infoheft kann nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="340"/>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="341"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="343"/>
        <source>%1. Choose Print to send them to a printer.</source>
        <translation>%1. Wählen Sie „Drucken“, um sie an einen Drucker zu senden.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="374"/>
        <source>Choose a printer and print these pages</source>
        <translation>Einen Drucker wählen und diese Seiten drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="376"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="378"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="377"/>
        <source>Close the preview without printing</source>
        <translation>Die Vorschau schließen, ohne zu drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="403"/>
        <source>%1 ready to print.</source>
        <translation>%1 bereit zum Drucken.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="412"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 gespeichert (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="419"/>
        <source>Cannot save the PDF</source>
        <translation>Das PDF kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="431"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="464"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="485"/>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="437"/>
        <source>Making the PDF…</source>
        <translation>Das PDF wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="448"/>
        <location filename="../app/ui/print/printquestions.cpp" line="102"/>
        <source>Another PDF is being made; try again in a moment.</source>
        <translation>Gerade wird ein anderes PDF erstellt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="451"/>
        <source>Making the handout PDF…</source>
        <translation>Das PDF des Infohefts wird erstellt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="476"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="494"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="49"/>
        <source>Your questions take %1</source>
        <translation>Ihre Fragen brauchen %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="50"/>
        <source>Your %1 questions do not fit on one page at this text size (%2 pt). They take %3.</source>
        <translation>Ihre %1 Fragen passen bei dieser Schriftgröße (%2 pt) nicht auf eine Seite. Sie brauchen %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="57"/>
        <source>You can go on with %1, or cancel and tick off or delete some questions, or make the text smaller (ticked questions are left out).</source>
        <translation>Sie können mit %1 fortfahren. Oder Sie brechen ab und haken einige Fragen ab, löschen einige oder verkleinern die Schrift (abgehakte Fragen werden weggelassen).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="61"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="80"/>
        <source>Preparing your questions for printing…</source>
        <translation>Ihre Fragen werden für den Druck vorbereitet…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="83"/>
        <source>Cannot print your questions</source>
        <translation>Ihre Fragen können nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>Save My Questions as PDF</source>
        <translation>Meine Fragen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>my-questions</source>
        <translation>meine-fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="105"/>
        <source>Making the PDF of your questions…</source>
        <translation>Das PDF Ihrer Fragen wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionDialog</name>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="24"/>
        <source>Your &amp;question:</source>
        <translation>Ihre &amp;Frage:</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="27"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="28"/>
        <source>Enter saves it; Shift+Enter starts a new line</source>
        <translation>Enter speichert sie; Shift+Enter beginnt eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionOrigin</name>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”: %2</source>
        <translation>Aus „%1“: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”</source>
        <translation>Aus „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="72"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (nicht mehr in der Bibliothek)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsController</name>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>Add to My &amp;Questions…</source>
        <translation>Zu meinen &amp;Fragen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>My &amp;Questions</source>
        <translation>Meine &amp;Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="46"/>
        <source>Print M&amp;y Questions…</source>
        <translation>Meine &amp;Fragen drucken…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="47"/>
        <source>Save My Questions as PD&amp;F…</source>
        <translation>Meine Fragen als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="50"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="53"/>
        <source>Save a question about this passage, heading or word for your next appointment</source>
        <translation>Eine Frage zu dieser Textstelle, Überschrift oder diesem Wort für Ihren nächsten Arzttermin speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="57"/>
        <source>Show your questions for your next appointment</source>
        <translation>Ihre Fragen für den nächsten Arzttermin anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="72"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Ihre Fragen auf einer Seite in Großdruck drucken, mit Platz für die Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="74"/>
        <source>Save your questions as a one-page PDF in large print</source>
        <translation>Ihre Fragen als einseitiges PDF in Großdruck speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="146"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="161"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="197"/>
        <source>Can you tell me more about %1?</source>
        <translation>Können Sie mir mehr über „%1“ sagen?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="199"/>
        <source>Can you tell me more about this?</source>
        <translation>Können Sie mir mehr darüber sagen?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="223"/>
        <source>Add to My Questions</source>
        <translation>Zu meinen Fragen hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="228"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="247"/>
        <source>The question could not be saved.</source>
        <translation>Die Frage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="232"/>
        <source>Added to your questions (the Questions tab).</source>
        <translation>Zu Ihren Fragen hinzugefügt (Bereich „Fragen“).</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="243"/>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsPane</name>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="60"/>
        <source>Questions to ask at your next appointment.</source>
        <translation>Fragen für Ihren nächsten Arzttermin.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add the question typed above to the end of the list</source>
        <translation>Die oben eingegebene Frage am Ende der Liste anfügen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="62"/>
        <source>No questions yet. Type one above, or right-click in an article and choose &quot;Add to My Questions&quot;.</source>
        <translation>Noch keine Fragen. Geben Sie oben eine ein, oder klicken Sie in einem Artikel mit der rechten Maustaste und wählen Sie „Zu meinen Fragen hinzufügen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move the chosen question one place earlier (Ctrl+Up)</source>
        <translation>Die gewählte Frage eine Stelle nach oben rücken (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move the chosen question one place later (Ctrl+Down)</source>
        <translation>Die gewählte Frage eine Stelle nach unten rücken (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Change the chosen question&apos;s words (F2)</source>
        <translation>Den Wortlaut der gewählten Frage ändern (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete the chosen question; you can undo it</source>
        <translation>Die gewählte Frage löschen; lässt sich rückgängig machen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>&amp;Open Page</source>
        <translation>&amp;Seite öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open the page the question came from (Enter)</source>
        <translation>Die Seite öffnen, aus der die Frage stammt (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Put the deleted question back (Ctrl+Z)</source>
        <translation>Die gelöschte Frage wiederherstellen (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Hide this message; the question stays deleted</source>
        <translation>Diese Meldung ausblenden; die Frage bleibt gelöscht</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>Print my questions</source>
        <translation>Meine Fragen drucken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="76"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Ihre Fragen auf einer Seite in Großdruck drucken, mit Platz für die Antworten</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save as P&amp;DF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save my questions as PDF</source>
        <translation>Meine Fragen als PDF speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save the same page as a PDF file</source>
        <translation>Dieselbe Seite als PDF-Datei speichern</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="79"/>
        <source>Tick a question off when it has been answered: ticked ones are left out when you print.</source>
        <translation>Haken Sie eine Frage ab, wenn sie beantwortet ist: Abgehakte Fragen werden beim Drucken weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="84"/>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="101"/>
        <location filename="../app/ui/questions/questionspane.cpp" line="102"/>
        <source>Type a question</source>
        <translation>Frage eingeben</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="103"/>
        <source>Enter adds it to the end of the list</source>
        <translation>Enter fügt sie am Ende der Liste an</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="116"/>
        <source>My questions</source>
        <translation>Meine Fragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="117"/>
        <source>Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it</source>
        <translation>Leertaste hakt eine Frage ab, Enter öffnet ihre Seite, F2 bearbeitet, Entf löscht, Ctrl+Up und Ctrl+Down verschieben sie</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="149"/>
        <source>Deleted question</source>
        <translation>Gelöschte Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="219"/>
        <source>Ticked off</source>
        <translation>Abgehakt</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="274"/>
        <source>The question could not be saved.</source>
        <translation>Die Frage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="279"/>
        <source>Added to your questions.</source>
        <translation>Zu Ihren Fragen hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="336"/>
        <source>The question could not be deleted.</source>
        <translation>Die Frage konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="340"/>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="342"/>
        <source>Question deleted. Undo puts it back.</source>
        <translation>Frage gelöscht. „Rückgängig“ stellt sie wieder her.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="352"/>
        <source>The question could not be put back.</source>
        <translation>Die Frage konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="358"/>
        <source>Question put back.</source>
        <translation>Frage wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="378"/>
        <source>“%1” is no longer in the library.</source>
        <translation>„%1“ ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="380"/>
        <source>This question was typed, not added from a page.</source>
        <translation>Diese Frage wurde eingetippt, nicht von einer Seite hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ReadAloudController</name>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="41"/>
        <source>Slow</source>
        <translation>Langsam</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="42"/>
        <source>A little slower</source>
        <translation>Etwas langsamer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="44"/>
        <source>A little faster</source>
        <translation>Etwas schneller</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="45"/>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="464"/>
        <source>Listen</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="53"/>
        <source>&amp;Read aloud</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="54"/>
        <source>&amp;Voice</source>
        <translation>&amp;Stimme</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="55"/>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="489"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Vorlesen beenden (Esc oder %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Stop reading aloud</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="83"/>
        <source>&amp;Speed</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="99"/>
        <source>Read aloud controls</source>
        <translation>Steuerung für das Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="105"/>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="108"/>
        <source>Reading speed</source>
        <translation>Vorlesetempo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="109"/>
        <source>How fast the voice reads</source>
        <translation>Wie schnell die Stimme liest</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="114"/>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="117"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="118"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="529"/>
        <source>Which voice reads</source>
        <translation>Welche Stimme liest</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="127"/>
        <source>Reading progress</source>
        <translation>Fortschritt beim Vorlesen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="206"/>
        <source>The article is still opening. Try again in a moment.</source>
        <translation>Der Artikel wird noch geöffnet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="219"/>
        <source>Starting the voice…</source>
        <translation>Die Stimme wird gestartet…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="230"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="256"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="286"/>
        <source>Read aloud is not available.</source>
        <translation>Vorlesen ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="240"/>
        <source>There is no text to read on this page.</source>
        <translation>Auf dieser Seite gibt es keinen Text zum Vorlesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="273"/>
        <source>Sentence %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="299"/>
        <source>Finished reading aloud.</source>
        <translation>Vorlesen beendet.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="360"/>
        <source>Check that speakers or headphones are connected, switched on and not muted, then press Listen to try again.</source>
        <translation>Prüfen Sie, ob Lautsprecher oder Kopfhörer angeschlossen, eingeschaltet und nicht stummgeschaltet sind, und drücken Sie dann noch einmal „Vorlesen“.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="364"/>
        <source>Read aloud stopped: no sound could be played.</source>
        <translation>Vorlesen angehalten: Es konnte kein Ton abgespielt werden.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="365"/>
        <source>Read aloud stopped because the voice started the sentence but could not finish it. This computer may have no working sound output.</source>
        <translation>Das Vorlesen wurde angehalten, weil die Stimme den Satz begonnen, aber nicht beendet hat. Vielleicht hat dieser Computer keine funktionierende Tonausgabe.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="369"/>
        <source>Read aloud stopped: the voice did not start.</source>
        <translation>Vorlesen angehalten: Die Stimme hat nicht begonnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="370"/>
        <source>Read aloud stopped because the voice did not start speaking. The speech engine may not be working, or this computer may have no working sound output.</source>
        <translation>Das Vorlesen wurde angehalten, weil die Stimme nicht zu sprechen begonnen hat. Vielleicht funktioniert die Sprachausgabe nicht, oder dieser Computer hat keine funktionierende Tonausgabe.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="372"/>
        <source>If that does not help:</source>
        <translation>Wenn das nicht hilft:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="389"/>
        <source>Read aloud is not available</source>
        <translation>Vorlesen ist nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="466"/>
        <source>Read the article aloud, from the selected text or from the top</source>
        <translation>Den Artikel vorlesen, ab dem ausgewählten Text oder von Anfang an</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="469"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="471"/>
        <source>Pause reading aloud</source>
        <translation>Vorlesen pausieren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="474"/>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="476"/>
        <source>Go on reading aloud</source>
        <translation>Mit dem Vorlesen fortfahren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Close the read aloud bar</source>
        <translation>Die Vorleseleiste schließen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="504"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="518"/>
        <source>Standard voice</source>
        <translation>Standardstimme</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="527"/>
        <source>Voices are listed once the speech engine has started</source>
        <translation>Stimmen werden angezeigt, sobald die Sprachausgabe gestartet ist</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RelatedPanel</name>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="22"/>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="35"/>
        <source>Related items</source>
        <translation>Verwandte Themen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="36"/>
        <source>Articles related to the open one. Press Enter to open one.</source>
        <translation>Artikel, die mit dem geöffneten verwandt sind. Drücken Sie Enter, um einen zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RenderingController</name>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="160"/>
        <source>Page &amp;Drawing</source>
        <translation>Seiten&amp;darstellung</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>&amp;Automatic (recommended)</source>
        <translation>&amp;Automatisch (empfohlen)</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>Use the graphics card when the computer has one</source>
        <translation>Die Grafikkarte verwenden, wenn der Computer eine hat</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="173"/>
        <source>Wit&amp;hout the Graphics Card</source>
        <translation>&amp;Ohne Grafikkarte</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="174"/>
        <source>Steadier and lighter on computers without a graphics card, such as virtual machines</source>
        <translation>Stabiler und sparsamer auf Computern ohne Grafikkarte, etwa virtuellen Maschinen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>&amp;With the Graphics Card</source>
        <translation>&amp;Mit Grafikkarte</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>Always use the graphics card</source>
        <translation>Immer die Grafikkarte verwenden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="189"/>
        <source>Pages are now drawn without the graphics card</source>
        <translation>Seiten werden gerade ohne Grafikkarte dargestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="190"/>
        <source>Pages are now drawn with the graphics card</source>
        <translation>Seiten werden gerade mit Grafikkarte dargestellt</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="205"/>
        <source>Myelin will draw pages this way the next time it starts.</source>
        <translation>Myelin stellt Seiten ab dem nächsten Start auf diese Weise dar.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchBox</name>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="11"/>
        <source>Search articles, terms, events</source>
        <translation>Artikel, Begriffe, Ereignisse suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="12"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="14"/>
        <source>Type to search articles, glossary terms and timeline events. Results appear as you type; use the Up and Down keys to choose one and Enter to open it.</source>
        <translation>Tippen Sie, um Artikel, Glossarbegriffe und Ereignisse der Zeitleiste zu suchen. Die Ergebnisse erscheinen schon beim Tippen; mit den Pfeiltasten nach oben und unten wählen Sie eines aus, mit Enter öffnen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="16"/>
        <source>Search articles, glossary terms and timeline events (Ctrl+K)</source>
        <translation>Artikel, Glossarbegriffe und Ereignisse der Zeitleiste suchen (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchController</name>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="101"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="104"/>
        <source>Search articles, glossary terms and timeline events</source>
        <translation>Artikel, Glossarbegriffe und Ereignisse der Zeitleiste suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="107"/>
        <source>&amp;Find in This Page…</source>
        <translation>&amp;Auf dieser Seite suchen…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="110"/>
        <source>Find words in the open page</source>
        <translation>Wörter auf der geöffneten Seite suchen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="113"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="115"/>
        <source>Go to the next match in the page</source>
        <translation>Zum nächsten Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="121"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="123"/>
        <source>Go to the previous match in the page</source>
        <translation>Zum vorherigen Treffer auf der Seite</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="194"/>
        <source>Search is not available: %1</source>
        <translation>Die Suche ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="208"/>
        <location filename="../app/ui/search/searchcontroller.cpp" line="403"/>
        <source>No page has all of these words. Pages with some of them:</source>
        <translation>Keine Seite enthält alle diese Wörter. Seiten mit einigen davon:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="219"/>
        <source>Show all results for %1</source>
        <translation>Alle Ergebnisse für %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="224"/>
        <source>No results for %1. Check the spelling, or try fewer or other words.</source>
        <translation>Keine Ergebnisse für %1. Prüfen Sie die Schreibweise, oder versuchen Sie es mit weniger oder anderen Wörtern.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="348"/>
        <source>“%1” is no longer in the library.</source>
        <translation>„%1“ ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="367"/>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="368"/>
        <source>Glossary terms</source>
        <translation>Glossarbegriffe</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="369"/>
        <source>Timeline events</source>
        <translation>Ereignisse der Zeitleiste</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="379"/>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="380"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="388"/>
        <source>Your notes and questions (%1)</source>
        <translation>Ihre Notizen und Fragen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="410"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchPopup</name>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="25"/>
        <location filename="../app/ui/search/searchpopup.cpp" line="36"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="37"/>
        <source>Use the Up and Down keys in the search field to choose, Enter to open.</source>
        <translation>Im Suchfeld wählen Sie mit den Pfeiltasten nach oben und unten, mit Enter öffnen Sie.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="78"/>
        <source>More in the glossary →</source>
        <translation>Mehr im Glossar →</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="86"/>
        <source>Did you mean: &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Meinten Sie: &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsModel</name>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="29"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your highlight</source>
        <translation>Ihre Markierung</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="43"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="79"/>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="71"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="76"/>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="74"/>
        <source>Definition: %1. %2 More in the glossary.</source>
        <translation>Erklärung: %1. %2 Mehr im Glossar.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="96"/>
        <source>Definition</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsPanel</name>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="17"/>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="30"/>
        <source>All search results</source>
        <translation>Alle Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="20"/>
        <source>Search results summary</source>
        <translation>Zusammenfassung der Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="32"/>
        <source>Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one.</source>
        <translation>Artikel, Glossarbegriffe, Ereignisse der Zeitleiste sowie Ihre eigenen Notizen und Fragen. Drücken Sie Enter, um einen Eintrag zu öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="47"/>
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/search/searchresultspanel.cpp" line="49"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n Ergebnis für „%1“</numerusform>
            <numerusform>%n Ergebnisse für „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SidePanes</name>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="43"/>
        <location filename="../app/ui/shell/sidepanes.cpp" line="45"/>
        <source>Side panes</source>
        <translation>Seitenbereiche</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="53"/>
        <source>Side pane</source>
        <translation>Seitenbereich</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="54"/>
        <source>Choose what is shown beside the article.</source>
        <translation>Wählen Sie, was neben dem Artikel angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="93"/>
        <source>Shows the %1 pane beside the article.</source>
        <translation>Zeigt den Bereich „%1“ neben dem Artikel.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SpeechBackend</name>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="87"/>
        <source>Read aloud needs a speech engine, and none is installed.</source>
        <translation>Zum Vorlesen wird eine Sprachausgabe benötigt, aber es ist keine installiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="90"/>
        <source>Read aloud needs the speech engine &quot;%1&quot;, which is not installed.</source>
        <translation>Zum Vorlesen wird die Sprachausgabe „%1“ benötigt, die nicht installiert ist.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="96"/>
        <source>The speech engine could not start (%1).</source>
        <translation>Die Sprachausgabe konnte nicht starten (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="100"/>
        <source>The speech engine has no voices to read with.</source>
        <translation>Die Sprachausgabe hat keine Stimmen zum Vorlesen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="157"/>
        <source>The voice could not be played%1: this computer may have no working sound output. Check that speakers or headphones are connected, switched on and not muted, then start Myelin again.</source>
        <translation>Die Stimme konnte nicht abgespielt werden%1: Vielleicht hat dieser Computer keine funktionierende Tonausgabe. Prüfen Sie, ob Lautsprecher oder Kopfhörer angeschlossen, eingeschaltet und nicht stummgeschaltet sind, und starten Sie Myelin dann neu.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="163"/>
        <source>The speech engine stopped with an error%1.</source>
        <translation>Die Sprachausgabe wurde mit einem Fehler beendet%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="35"/>
        <source>This copy of Myelin was built without read aloud, because Qt TextToSpeech was missing when it was built. To build it with read aloud, install qt6-speech-dev, then %1</source>
        <translation>Diese Myelin-Version wurde ohne Vorlesen gebaut, weil Qt TextToSpeech beim Bauen fehlte. Um sie mit Vorlesen zu bauen, installieren Sie qt6-speech-dev; danach: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="72"/>
        <source>Check that Windows has a voice for your language (Settings &gt; Time &amp; language &gt; Speech), then start Myelin again.</source>
        <translation>Prüfen Sie, ob Windows eine Stimme für Ihre Sprache hat (Einstellungen &gt; Zeit und Sprache &gt; Spracherkennung), und starten Sie Myelin dann neu.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="77"/>
        <source>Check that macOS has a voice for your language (System Settings &gt; Accessibility &gt; Spoken Content &gt; System voice), then start Myelin again.</source>
        <translation>Prüfen Sie, ob macOS eine Stimme für Ihre Sprache hat (Systemeinstellungen &gt; Bedienungshilfen &gt; Gesprochene Inhalte &gt; Systemstimme), und starten Sie Myelin dann neu.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="82"/>
        <source>Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), then start Myelin again.</source>
        <translation>Installieren Sie speech-dispatcher und espeak-ng (unter Debian oder Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin) und starten Sie Myelin dann neu.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::UpdateController</name>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="59"/>
        <source>&amp;Update Content…</source>
        <translation>Inhalte &amp;aktualisieren…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="61"/>
        <source>Install a content update (.myelinpack file) from a USB stick, an email or a download</source>
        <translation>Ein Inhalts-Update (.myelinpack-Datei) von einem USB-Stick, aus einer E-Mail oder aus einem Download installieren</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="66"/>
        <source>Update Content</source>
        <translation>Inhalte aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="67"/>
        <source>Myelin content updates (*.%1)</source>
        <translation>Myelin-Inhalts-Updates (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="72"/>
        <source>&amp;Go Back to Previous Content…</source>
        <translation>&amp;Zurück zu den vorherigen Inhalten…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="74"/>
        <source>Undo the last content update and show the content used before it</source>
        <translation>Das letzte Inhalts-Update rückgängig machen und die vorherigen Inhalte zeigen</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="77"/>
        <source>&amp;What&apos;s New in the Content</source>
        <translation>&amp;Neues in den Inhalten</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="79"/>
        <source>List the articles the last content update added, changed and removed</source>
        <translation>Die Artikel auflisten, die das letzte Inhalts-Update hinzugefügt, geändert und entfernt hat</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="110"/>
        <source>Content update not used</source>
        <translation>Inhalts-Update nicht verwendet</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Go Back to Older Content?</source>
        <translation>Zu älteren Inhalten zurückkehren?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Install Content Update?</source>
        <translation>Inhalts-Update installieren?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="155"/>
        <source>This pack holds content version %1, which is not newer than the content you have (%2). Articles corrected since then will go back to their older text.</source>
        <translation>Dieses Paket enthält die Inhaltsversion %1, die nicht neuer ist als Ihre Inhalte (%2). Artikel, die seitdem korrigiert wurden, bekommen wieder ihren älteren Text.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="158"/>
        <source>Install content version %1, reviewed up to %2?</source>
        <translation>Inhaltsversion %1 installieren, geprüft bis %2?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="162"/>
        <source>Collection: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="163"/>
        <source>Signed by: %1 (key %2). The signature was checked.</source>
        <translation>Signiert von: %1 (Schlüssel %2). Die Signatur wurde geprüft.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="166"/>
        <source>Since version %1: %2 new, %3 changed and %4 removed articles.</source>
        <translation>Seit Version %1: %2 neue, %3 geänderte und %4 entfernte Artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="172"/>
        <source>You now have version %1 (%2). You can go back to it later (File &gt; Go Back to Previous Content). Your bookmarks, notes and settings are not changed.</source>
        <translation>Sie haben jetzt Version %1 (%2). Sie können später zu ihr zurückkehren (Datei &gt; Zurück zu den vorherigen Inhalten). Ihre Lesezeichen, Notizen und Einstellungen werden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="181"/>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Go Back to Version %1</source>
        <translation>Zurück zu Version %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Install Update</source>
        <translation>Update installieren</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="199"/>
        <source>Checking the content update %1…</source>
        <translation>Das Inhalts-Update %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="210"/>
        <source>Content update refused</source>
        <translation>Inhalts-Update abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="214"/>
        <source>The content was not changed.</source>
        <translation>Die Inhalte wurden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="219"/>
        <source>The content update %1 could not be installed, and the content was not changed: %2</source>
        <translation>Das Inhalts-Update %1 konnte nicht installiert werden; die Inhalte wurden nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="222"/>
        <source>Content update failed</source>
        <translation>Inhalts-Update fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="237"/>
        <source>content version %1 (%2)</source>
        <translation>die Inhaltsversion %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="238"/>
        <source>the content that came with Myelin</source>
        <translation>die mit Myelin gelieferten Inhalte</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="239"/>
        <source>Go back to %1? The update in use now is removed; your bookmarks, notes and settings are not changed.</source>
        <translation>Wieder %1 verwenden? Das jetzt verwendete Update wird entfernt; Ihre Lesezeichen, Notizen und Einstellungen werden nicht verändert.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="246"/>
        <source>Go Back to Previous Content?</source>
        <translation>Zu den vorherigen Inhalten zurückkehren?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="254"/>
        <source>Could not go back to the previous content: %1</source>
        <translation>Die Rückkehr zu den vorherigen Inhalten war nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="256"/>
        <source>Content not changed</source>
        <translation>Inhalte nicht geändert</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::WhatsNewDialog</name>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="26"/>
        <source>reviewed %1</source>
        <translation>geprüft: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="40"/>
        <source>The content is now version %1.</source>
        <translation>Die Inhalte haben jetzt die Version %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="41"/>
        <source>The content was updated from version %1 to version %2.</source>
        <translation>Die Inhalte wurden von Version %1 auf Version %2 aktualisiert.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="44"/>
        <source>No article was added, changed or removed.</source>
        <translation>Es wurde kein Artikel hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="46"/>
        <source>New articles (%1)</source>
        <translation>Neue Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="47"/>
        <source>Changed articles (%1)</source>
        <translation>Geänderte Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="48"/>
        <source>Removed articles (%1)</source>
        <translation>Entfernte Artikel (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="56"/>
        <source>What&apos;s New in the Content</source>
        <translation>Neues in den Inhalten</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="58"/>
        <source>The articles the last content update added, changed and removed. Press Tab to move between the articles, Enter to open one.</source>
        <translation>Die Artikel, die das letzte Inhalts-Update hinzugefügt, geändert und entfernt hat. Mit Tab wechseln Sie zwischen den Artikeln, mit Enter öffnen Sie einen.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="61"/>
        <source>What&apos;s new: the articles added, changed and removed</source>
        <translation>Neues: die hinzugefügten, geänderten und entfernten Artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="70"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::ContentStore</name>
    <message>
        <location filename="../app/update/contentstore.cpp" line="132"/>
        <source>cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="144"/>
        <location filename="../app/update/contentstore.cpp" line="260"/>
        <source>cannot write %1 (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="160"/>
        <location filename="../app/update/contentstore.cpp" line="391"/>
        <location filename="../app/update/contentstore.cpp" line="455"/>
        <source>cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="180"/>
        <source>bundled with Myelin</source>
        <translation>mit Myelin geliefert</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="182"/>
        <source>from the file given on the command line</source>
        <translation>aus der in der Befehlszeile angegebenen Datei</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>from the update pack %1, installed %2</source>
        <translation>aus dem Update-Paket %1, installiert am %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="274"/>
        <source>The installed content update cannot be used: its record (%1) is missing or damaged. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>Das installierte Inhalts-Update kann nicht verwendet werden: Sein Eintrag (%1) fehlt oder ist beschädigt. Myelin zeigt die mitgelieferten Inhalte; installieren Sie das Update erneut, um es zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="285"/>
        <source>The installed content update (version %1) is missing from %2. Myelin shows the content it came with.</source>
        <translation>Das installierte Inhalts-Update (Version %1) fehlt in %2. Myelin zeigt die mitgelieferten Inhalte.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="303"/>
        <source>The installed content update (version %1) is damaged: its file %2 has changed. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>Das installierte Inhalts-Update (Version %1) ist beschädigt: Seine Datei %2 hat sich verändert. Myelin zeigt die mitgelieferten Inhalte; installieren Sie das Update erneut, um es zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="312"/>
        <source>The installed content update (version %1) cannot be used. Myelin shows the content it came with. %2</source>
        <translation>Das installierte Inhalts-Update (Version %1) kann nicht verwendet werden. Myelin zeigt die mitgelieferten Inhalte. %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="332"/>
        <source>the pack was not checked.</source>
        <translation>das Paket wurde nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="336"/>
        <source>cannot make the folder %1.</source>
        <translation>der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="357"/>
        <source>the copy in %1 does not match the pack (is the disk full or failing?).</source>
        <translation>die Kopie in %1 stimmt nicht mit dem Paket überein (ist die Festplatte voll oder defekt?).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="438"/>
        <source>there is no content update to go back from.</source>
        <translation>es gibt kein Inhalts-Update, das zurückgenommen werden könnte.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="447"/>
        <source>the previous content (%1) is damaged.</source>
        <translation>die vorherigen Inhalte (%1) sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Manifest</name>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="30"/>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>die Liste „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="35"/>
        <source>the list &quot;%1&quot; is too long.</source>
        <translation>die Liste „%1“ ist zu lang.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="44"/>
        <source>an entry of the list &quot;%1&quot; is not an article (slug, title, reviewed date).</source>
        <translation>ein Eintrag der Liste „%1“ ist kein Artikel (Slug, Titel, Prüfdatum).</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="122"/>
        <source>its manifest is too large.</source>
        <translation>sein Manifest ist zu groß.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="128"/>
        <source>its manifest is not valid JSON.</source>
        <translation>sein Manifest ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="133"/>
        <source>its manifest is not a Myelin content pack manifest.</source>
        <translation>sein Manifest ist kein Manifest eines Myelin-Inhaltspakets.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="139"/>
        <source>it is a newer kind of content pack (format %1); this Myelin reads format %2. Install a newer Myelin.</source>
        <translation>es ist eine neuere Art von Inhaltspaket (Format %1); dieses Myelin liest Format %2. Installieren Sie ein neueres Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="143"/>
        <source>its manifest has an unknown format version.</source>
        <translation>sein Manifest hat eine unbekannte Formatversion.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="160"/>
        <source>its manifest has an unknown field &quot;%1&quot;.</source>
        <translation>sein Manifest hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="180"/>
        <source>its manifest is incomplete or has a field of the wrong kind.</source>
        <translation>sein Manifest ist unvollständig oder hat ein Feld der falschen Art.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackCheck</name>
    <message>
        <location filename="../app/update/packcheck.cpp" line="66"/>
        <source>The content pack %1 was not accepted: %2</source>
        <translation>Das Inhaltspaket %1 wurde nicht angenommen: %2</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="73"/>
        <source>the signature checker (libsodium) could not start.</source>
        <translation>die Signaturprüfung (libsodium) konnte nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="76"/>
        <source>the file does not exist.</source>
        <translation>die Datei existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="91"/>
        <source>its signature file has been changed.</source>
        <translation>seine Signaturdatei wurde verändert.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="92"/>
        <source>its signature is damaged: %1</source>
        <translation>seine Signatur ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="97"/>
        <source>it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin project, or from a key you chose to trust, can be installed.</source>
        <translation>es ist mit einem Schlüssel signiert, den dieses Myelin nicht kennt (Schlüssel %1). Nur Pakete vom Myelin-Projekt oder mit einem Schlüssel, dem Sie ausdrücklich vertrauen, können installiert werden.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="102"/>
        <source>it is signed with a key that has been withdrawn (%1). Get a newer pack from the Myelin project.</source>
        <translation>es ist mit einem zurückgezogenen Schlüssel signiert (%1). Besorgen Sie sich ein neueres Paket vom Myelin-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="107"/>
        <source>its signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>seine Signatur passt nicht zu seinem Inhalt: Es wurde nach dem Signieren verändert oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="120"/>
        <source>it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). Install a newer Myelin first.</source>
        <translation>es ist für ein neueres Myelin gemacht (Inhaltsschema %1; dieses Myelin liest Schema %2). Installieren Sie zuerst ein neueres Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="124"/>
        <source>it is made for an older Myelin (content schema %1; this Myelin reads schema %2).</source>
        <translation>es ist für ein älteres Myelin gemacht (Inhaltsschema %1; dieses Myelin liest Schema %2).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="130"/>
        <source>its database is not the one its manifest describes (the sizes differ).</source>
        <translation>seine Datenbank ist nicht die, die sein Manifest beschreibt (die Größen unterscheiden sich).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="136"/>
        <source>no temporary folder could be made to check it in.</source>
        <translation>es konnte kein temporärer Ordner zum Prüfen angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="145"/>
        <source>its database is not the one its manifest describes (the hashes differ): it was changed or damaged after it was signed.</source>
        <translation>seine Datenbank ist nicht die, die sein Manifest beschreibt (die Prüfsummen unterscheiden sich): Es wurde nach dem Signieren verändert oder beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="149"/>
        <source>its database fails SQLite&apos;s integrity check (%1).</source>
        <translation>seine Datenbank besteht die Integritätsprüfung von SQLite nicht (%1).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="160"/>
        <source>its database holds content version &quot;%1&quot;, not %2 as its manifest says.</source>
        <translation>seine Datenbank enthält die Inhaltsversion „%1“, nicht %2, wie sein Manifest angibt.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="170"/>
        <source>it holds content version %1, which is the version already in use.</source>
        <translation>es enthält die Inhaltsversion %1, die bereits verwendet wird.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="172"/>
        <source>it holds content version %1, which is older than the version in use (%2). Choose to go back if you mean to install older content.</source>
        <translation>es enthält die Inhaltsversion %1, die älter ist als die verwendete Version (%2). Wählen Sie die Rückkehr zu älteren Inhalten, wenn Sie wirklich ältere Inhalte installieren möchten.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackFile</name>
    <message>
        <location filename="../app/update/packfile.cpp" line="78"/>
        <source>the file is cut short (it ends inside the pack&apos;s list of files).</source>
        <translation>die Datei ist abgeschnitten (sie endet mitten in der Dateiliste des Pakets).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="84"/>
        <source>the pack&apos;s entry for %1 is damaged or not where it should be.</source>
        <translation>der Eintrag des Pakets für %1 ist beschädigt oder nicht an der richtigen Stelle.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="89"/>
        <source>%1 in the pack has an impossible size.</source>
        <translation>%1 im Paket hat eine unmögliche Größe.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="93"/>
        <location filename="../app/update/packfile.cpp" line="200"/>
        <source>the file is cut short (%1 is incomplete).</source>
        <translation>die Datei ist abgeschnitten (%1 ist unvollständig).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="114"/>
        <location filename="../app/update/packfile.cpp" line="165"/>
        <source>the pack&apos;s entry for %1 is damaged.</source>
        <translation>der Eintrag des Pakets für %1 ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="131"/>
        <location filename="../app/update/packfile.cpp" line="186"/>
        <source>the file cannot be read.</source>
        <translation>die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="136"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="137"/>
        <source>it is not a Myelin content pack (it is too short to be one).</source>
        <translation>das ist kein Myelin-Inhaltspaket (dafür ist die Datei zu kurz).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="143"/>
        <source>it is not a Myelin content pack.</source>
        <translation>das ist kein Myelin-Inhaltspaket.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="170"/>
        <source>the file is cut short (the end of the pack is missing).</source>
        <translation>die Datei ist abgeschnitten (das Ende des Pakets fehlt).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="174"/>
        <source>the pack has unexpected bytes after its files.</source>
        <translation>das Paket hat unerwartete Bytes nach seinen Dateien.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="190"/>
        <location filename="../app/update/packfile.cpp" line="205"/>
        <location filename="../app/update/packfile.cpp" line="211"/>
        <location filename="../app/update/packfile.cpp" line="229"/>
        <location filename="../app/update/packfile.cpp" line="249"/>
        <source>cannot write %1 (%2).</source>
        <translation>%1 kann nicht geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="224"/>
        <source>cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PublicKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="152"/>
        <source>it is not a minisign public key (two lines: a comment and the key).</source>
        <translation>das ist kein öffentlicher minisign-Schlüssel (zwei Zeilen: ein Kommentar und der Schlüssel).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="159"/>
        <source>it is not a minisign public key (the key line is not 56 characters of base64).</source>
        <translation>das ist kein öffentlicher minisign-Schlüssel (die Schlüsselzeile besteht nicht aus 56 Base64-Zeichen).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="163"/>
        <source>it is not an Ed25519 minisign public key.</source>
        <translation>das ist kein öffentlicher Ed25519-Schlüssel von minisign.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::SecretKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="218"/>
        <source>it is not a minisign secret key file.</source>
        <translation>das ist keine geheime minisign-Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="225"/>
        <source>it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and scrypt encryption).</source>
        <translation>sie verwendet ein Verfahren, das Myelin nicht kennt (nur Ed25519-Schlüssel, BLAKE2b-Prüfsummen und scrypt-Verschlüsselung).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="234"/>
        <source>the key is encrypted and no password was given.</source>
        <translation>der Schlüssel ist verschlüsselt, und es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="241"/>
        <source>the key asks for more memory than a key may need to be decrypted.</source>
        <translation>der Schlüssel verlangt zum Entschlüsseln mehr Speicher, als ein Schlüssel brauchen darf.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="248"/>
        <source>the key could not be decrypted (out of memory).</source>
        <translation>der Schlüssel konnte nicht entschlüsselt werden (kein Speicher mehr frei).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="269"/>
        <source>the password is wrong, or the key file is damaged.</source>
        <translation>das Passwort ist falsch, oder die Schlüsseldatei ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="270"/>
        <source>the key file is damaged (its checksum or key pair does not match).</source>
        <translation>die Schlüsseldatei ist beschädigt (ihre Prüfsumme oder ihr Schlüsselpaar stimmt nicht).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Signature</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="286"/>
        <source>it is not a minisign signature (four lines).</source>
        <translation>das ist keine minisign-Signatur (vier Zeilen).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="293"/>
        <source>it is not a minisign signature (its comment lines are wrong).</source>
        <translation>das ist keine minisign-Signatur (die Kommentarzeilen sind falsch).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="299"/>
        <source>it is not a minisign Ed25519 signature (a signature line is not valid).</source>
        <translation>das ist keine Ed25519-Signatur von minisign (eine Signaturzeile ist ungültig).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::TrustedKeys</name>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="42"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="48"/>
        <source>Cannot use the public key %1: %2</source>
        <translation>Der öffentliche Schlüssel %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="51"/>
        <source>%1 (key %2, trusted for this run)</source>
        <translation>%1 (Schlüssel %2, für diesen Aufruf vertrauenswürdig)</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataErase</name>
    <message>
        <location filename="../app/userdata/userdataerase.cpp" line="53"/>
        <source>Nothing was deleted. %1</source>
        <translation>Es wurde nichts gelöscht. %1</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataExport</name>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="166"/>
        <source>Cannot read your data file %1: %2</source>
        <translation>Ihre Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="204"/>
        <location filename="../app/userdata/userdataexport.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataImport</name>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="441"/>
        <source>This file is not a Myelin data export.</source>
        <translation>Diese Datei ist kein Myelin-Datenexport.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="446"/>
        <source>This file is not a Myelin data export: it has no format version.</source>
        <translation>Diese Datei ist kein Myelin-Datenexport: Sie hat keine Formatversion.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="451"/>
        <source>This file was exported by a newer version of Myelin (format version %1; this Myelin reads version %2). Nothing was imported.</source>
        <translation>Diese Datei wurde mit einer neueren Myelin-Version exportiert (Formatversion %1; dieses Myelin liest Version %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="482"/>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="510"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="516"/>
        <source>%1 is too large to be a Myelin data export.</source>
        <translation>%1 ist zu groß für einen Myelin-Datenexport.</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataProblem</name>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="78"/>
        <source>Your disk is full: this change was not saved; what you saved before is kept. Free some space on the disk that holds your data file %1 and try again.</source>
        <translation>Ihre Festplatte ist voll: Diese Änderung wurde nicht gespeichert; was Sie vorher gespeichert haben, bleibt erhalten. Schaffen Sie etwas Platz auf der Festplatte mit Ihrer Datendatei %1 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="84"/>
        <source>Your data file %1 cannot be changed (the file or its folder is read-only): this change was not saved; what you saved before is kept.</source>
        <translation>Ihre Datendatei %1 kann nicht geändert werden (die Datei oder ihr Ordner ist schreibgeschützt): Diese Änderung wurde nicht gespeichert; was Sie vorher gespeichert haben, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="90"/>
        <source>The disk could not write your data file %1 (the disk may be failing or was removed): this change was not saved; what you saved before is kept.</source>
        <translation>Die Festplatte konnte Ihre Datendatei %1 nicht schreiben (vielleicht ist sie defekt oder wurde entfernt): Diese Änderung wurde nicht gespeichert; was Sie vorher gespeichert haben, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="96"/>
        <source>Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the damaged file aside, unchanged, and start a new one.</source>
        <translation>Ihre Datendatei %1 ist beschädigt: Diese Änderung wurde nicht gespeichert. Starten Sie Myelin neu: Es legt die beschädigte Datei unverändert beiseite und beginnt eine neue.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="102"/>
        <source>Your data file %1 is in use by another program (perhaps another Myelin): this change was not saved; what you saved before is kept. Try again in a moment.</source>
        <translation>Ihre Datendatei %1 wird gerade von einem anderen Programm verwendet (vielleicht von einem zweiten Myelin): Diese Änderung wurde nicht gespeichert; was Sie vorher gespeichert haben, bleibt erhalten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="111"/>
        <source>Cannot save to your data file %1: %2</source>
        <translation>In Ihre Datendatei %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="119"/>
        <source>it is a link to a file that does not exist</source>
        <translation>das ist ein Verweis auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="124"/>
        <source>it is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="127"/>
        <source>it is not an ordinary file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="130"/>
        <source>Myelin is not allowed to read it</source>
        <translation>Myelin darf sie nicht lesen</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDatabase</name>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="271"/>
        <location filename="../app/userdata/userdatabase.cpp" line="276"/>
        <location filename="../app/userdata/userdatabase.cpp" line="288"/>
        <source>Cannot open your data file %1: %2</source>
        <translation>Ihre Datendatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="261"/>
        <source>Your data file %1 was written by a newer version of Myelin; it is left untouched.</source>
        <translation>Ihre Datendatei %1 wurde von einer neueren Myelin-Version geschrieben; sie bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="135"/>
        <source>it is damaged</source>
        <translation>sie ist beschädigt</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="143"/>
        <source>Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, and changes you make now will not be saved.</source>
        <translation>Myelin kann Ihre Datendatei %1 nicht lesen (%2) und konnte sie nicht beiseitelegen. Sie bleibt, wie sie ist, und Änderungen, die Sie jetzt vornehmen, werden nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="151"/>
        <source>Myelin could not read your data file (%2), so it has started a new, empty one.

The old file is kept, unchanged, beside the new one. Keep it if you want help to recover what was in it.

Old file: %3
New file: %1</source>
        <translation>Myelin konnte Ihre Datendatei nicht lesen (%2) und hat deshalb eine neue, leere angelegt.

Die alte Datei bleibt unverändert neben der neuen erhalten. Bewahren Sie sie auf, wenn Sie Hilfe suchen möchten, um ihren Inhalt zu retten.

Alte Datei: %3
Neue Datei: %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="248"/>
        <location filename="../app/userdata/userdatabase.cpp" line="292"/>
        <source>Your data file %1 is damaged: %2</source>
        <translation>Ihre Datendatei %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="309"/>
        <source>Cannot set up your data file %1: %2</source>
        <translation>Ihre Datendatei %1 kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::VersionInfo</name>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="49"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="51"/>
        <location filename="../app/core/versioninfo.cpp" line="54"/>
        <source>Content %1</source>
        <translation>Inhalte %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="52"/>
        <source>Content %1, reviewed up to %2</source>
        <translation>Inhalte %1, geprüft bis %2</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="59"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (gebaut mit Qt %2)</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="86"/>
        <source>windows, text, the database connection</source>
        <translation>Fenster, Text, die Datenbankverbindung</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>BSD-style and others</source>
        <translation>BSD-artig und weitere</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>shows the articles</source>
        <translation>Anzeige der Artikel</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>stores the articles</source>
        <translation>Speicherung der Artikel</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="89"/>
        <source>turns the articles&apos; Markdown into pages</source>
        <translation>Umwandlung des Markdowns der Artikel in Seiten</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="90"/>
        <source>reads the glossary, timeline and quotes</source>
        <translation>Lesen von Glossar, Zeitleiste und Zitaten</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="91"/>
        <source>checks the articles&apos; HTML</source>
        <translation>Prüfung des HTML der Artikel</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="92"/>
        <source>puts the pages of printed handouts together</source>
        <translation>Zusammenstellen der Seiten gedruckter Infohefte</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="93"/>
        <source>checks the signatures of content updates</source>
        <translation>Prüfung der Signaturen von Inhalts-Updates</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="129"/>
        <source>from the file %1</source>
        <translation>aus der Datei %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="130"/>
        <source>bundled with Myelin</source>
        <translation>mit Myelin geliefert</translation>
    </message>
</context>
<context>
    <name>Myelin::Web</name>
    <message>
        <location filename="../app/web/sandboxcheck.cpp" line="19"/>
        <source>Myelin cannot run as the administrator (root): the part that shows the articles refuses to, to keep the computer safe. Start Myelin as your usual user.</source>
        <translation>Myelin kann nicht als Administrator (root) laufen: Der Teil, der die Artikel anzeigt, verweigert das, um den Computer zu schützen. Starten Sie Myelin mit Ihrem gewohnten Benutzerkonto.</translation>
    </message>
</context>
<context>
    <name>PdfComposer</name>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="27"/>
        <source>Myelin&apos;s PDF tools (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Die PDF-Werkzeuge von Myelin (%1) können nicht geladen werden: %2. Installieren Sie Myelin erneut.</translation>
    </message>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="77"/>
        <source>it is version %1, this Myelin needs version %2</source>
        <translation>sie haben Version %1, dieses Myelin braucht Version %2</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <location filename="../app/core/translations.cpp" line="26"/>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="356"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="357"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="359"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Myelin cannot start</source>
        <translation>Myelin kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Myelin: an offline reader about multiple sclerosis.</source>
        <translation>Myelin: ein Offline-Leseprogramm über Multiple Sklerose.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Show the versions of Myelin, its content and Qt.</source>
        <translation>Die Versionen von Myelin, seinen Inhalten und Qt anzeigen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Open the article &lt;slug&gt;.</source>
        <translation>Den Artikel &lt;slug&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Read the content database &lt;file&gt;.</source>
        <translation>Die Inhaltsdatenbank &lt;file&gt; lesen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>A content update (.myelinpack) to install.</source>
        <translation>Ein zu installierendes Inhalts-Update (.myelinpack).</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="108"/>
        <source>Content not changed</source>
        <translation>Inhalte nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="49"/>
        <source>The content database %1 holds no articles.</source>
        <translation>Die Inhaltsdatenbank %1 enthält keine Artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="51"/>
        <source>The content database %1 holds %2 articles but no first page (every article has a parent). Install the content again.</source>
        <translation>Die Inhaltsdatenbank %1 enthält %2 Artikel, aber keine erste Seite (jeder Artikel hat einen übergeordneten Artikel). Installieren Sie die Inhalte erneut.</translation>
    </message>
</context>
</TS>
