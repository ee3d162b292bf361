<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="28"/>
        <source>Myelin&apos;s article viewer (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>De artikelweergave van Myelin (%1) kan niet worden geladen: %2. Installeer Myelin opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="40"/>
        <source>the file is missing</source>
        <translation>het bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="43"/>
        <source>it is not a file this user can read</source>
        <translation>het is geen bestand dat deze gebruiker kan lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="68"/>
        <source>it is from Myelin %1, this is %2</source>
        <translation>die hoort bij Myelin %1, dit is %2</translation>
    </message>
</context>
<context>
    <name>Myelin::ArticleRenderer</name>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="69"/>
        <source>Strong evidence</source>
        <translation>Sterk bewijs</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="72"/>
        <source>Emerging evidence</source>
        <translation>Opkomend bewijs</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="75"/>
        <source>Mixed evidence</source>
        <translation>Wisselend bewijs</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="78"/>
        <source>Not supported by good studies</source>
        <translation>Niet gesteund door goed onderzoek</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="81"/>
        <source>Not properly tested</source>
        <translation>Niet goed onderzocht</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="89"/>
        <source>Many good studies agree on the main points of this article.</source>
        <translation>Veel goede onderzoeken zijn het eens over de belangrijkste punten van dit artikel.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="92"/>
        <source>Early or growing evidence supports the main points; more research is under way.</source>
        <translation>Eerste of groeiend bewijs ondersteunt de belangrijkste punten; er wordt meer onderzoek gedaan.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="95"/>
        <source>Good studies disagree about some of the main points of this article.</source>
        <translation>Goede onderzoeken zijn het oneens over een deel van de belangrijkste punten van dit artikel.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="98"/>
        <source>The idea in this article was tested in good studies, and they did not support it.</source>
        <translation>Het idee in dit artikel is in goede onderzoeken getest, en die ondersteunden het niet.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="101"/>
        <source>The idea in this article has not been tested in proper trials.</source>
        <translation>Het idee in dit artikel is niet getest in degelijke klinische studies.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="108"/>
        <source>This article is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Dit artikel geeft informatie, geen medisch advies. Overleg met uw MS-team of arts voordat u iets verandert aan uw behandeling, voeding of zorg.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="114"/>
        <source>en</source>
        <comment>The language of this translation as a web page&apos;s lang attribute (BCP 47): de, fr, pt-BR, ar</comment>
        <translation>nl</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="140"/>
        <source>Translated from the English version of %1.</source>
        <translation>Vertaald uit de Engelse versie van %1.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="142"/>
        <source>The English version has changed since (%1), so this translation may be out of date.</source>
        <translation>De Engelse versie is sindsdien gewijzigd (%1). Deze vertaling is misschien niet meer actueel.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="146"/>
        <location filename="../app/core/articlerenderer.cpp" line="290"/>
        <location filename="../app/core/articlerenderer.cpp" line="365"/>
        <source>Read it in English</source>
        <translation>In het Engels lezen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="148"/>
        <source>This page is not translated into %1 yet, so it is shown in English.</source>
        <translation>Deze pagina is nog niet vertaald in het %1. Daarom ziet u de Engelse versie.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="152"/>
        <source>You are reading the English original.</source>
        <translation>U leest het Engelse origineel.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="154"/>
        <source>Read it in %1</source>
        <translation>In het %1 lezen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="242"/>
        <location filename="../app/core/articlerenderer.cpp" line="244"/>
        <source>In short:</source>
        <translation>In het kort:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="255"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="263"/>
        <source>Last reviewed: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Was this useful?</source>
        <translation>Had u hier iets aan?</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="273"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="274"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="275"/>
        <source>Send feedback</source>
        <translation>Feedback sturen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="292"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="298"/>
        <source>Read more:</source>
        <translation>Lees meer:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="302"/>
        <source>See also:</source>
        <translation>Zie ook:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="319"/>
        <source>Research</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="322"/>
        <source>Trials</source>
        <translation>Klinische studies</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="325"/>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="328"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="331"/>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="334"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="342"/>
        <location filename="../app/core/articlerenderer.cpp" line="393"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Filter by topic</source>
        <translation>Filteren op onderwerp</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="349"/>
        <source>All topics</source>
        <translation>Alle onderwerpen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="360"/>
        <source>The timeline is not translated into %1 yet, so it is shown in English.</source>
        <translation>De tijdlijn is nog niet vertaald in het %1. Daarom ziet u de Engelse versie.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="361"/>
        <source>Some events are not translated into %1 yet and are shown in English.</source>
        <translation>Sommige gebeurtenissen zijn nog niet vertaald in het %1 en staan er in het Engels.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="383"/>
        <source>Read the article</source>
        <translation>Het artikel lezen</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="385"/>
        <location filename="../app/core/articlerenderer.cpp" line="424"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="390"/>
        <source>No events for this topic.</source>
        <translation>Geen gebeurtenissen voor dit onderwerp.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="401"/>
        <location filename="../app/core/articlerenderer.cpp" line="427"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="404"/>
        <source>Each quote is given word for word, with who said it, when, and where it was published.</source>
        <translation>Elk citaat staat er woord voor woord, met wie het zei, wanneer, en waar het is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="405"/>
        <source>Each quote is given in our translation, then word for word as it was said, with who said it, when, and where it was published.</source>
        <translation>Elk citaat staat er in onze vertaling en daarna woord voor woord zoals het werd gezegd, met wie het zei, wanneer, en waar het is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="409"/>
        <source>The quotes are not translated into %1 yet, so they are shown in English.</source>
        <translation>De citaten zijn nog niet vertaald in het %1. Daarom ziet u ze in het Engels.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="410"/>
        <source>Some quotes are not translated into %1 yet and are shown in English.</source>
        <translation>Sommige citaten zijn nog niet vertaald in het %1 en staan er in het Engels.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="419"/>
        <source>As said, in English:</source>
        <translation>Zoals gezegd, in het Engels:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Article not found</source>
        <translation>Artikel niet gevonden</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Term not found</source>
        <translation>Begrip niet gevonden</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="438"/>
        <source>There is no glossary term called &quot;%1&quot; in this collection.</source>
        <translation>Er is geen begrip met de naam &quot;%1&quot; in de woordenlijst van deze verzameling.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="439"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Er is geen artikel met de naam &quot;%1&quot; in deze verzameling.</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <source>Run &quot;myelin export --help&quot; to see how to use it.</source>
        <translation>Voer &quot;myelin export --help&quot; uit om te zien hoe u het gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="72"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>kan %1 niet schrijven: het is een map; geef een bestandsnaam op</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>kan %1 niet schrijven: de map %2 bestaat niet</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="81"/>
        <location filename="../app/cli/exportcommand.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
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
        <translation>Gebruik: myelin export [opties] &lt;artikel&gt;...
         myelin export --handout &lt;handout.json&gt; --pdf &lt;bestand&gt;

Slaat artikelen of een hand-outboekje op als bestanden, zonder een venster te openen.
Artikelen heten zoals in de adressen van Myelin, bijvoorbeeld &quot;what-is-ms&quot;.

Opties:
  --pdf &lt;bestand&gt;      Een PDF opslaan: de artikelen na elkaar, of de hand-out.
  --html &lt;bestand&gt;     Eén artikel opslaan als webpagina die verder niets nodig heeft.
  --text &lt;bestand&gt;     Eén artikel opslaan als gewone tekst.
  --handout &lt;bestand&gt;  De hand-out maken die met &quot;Hand-out maken&quot; in dit bestand
                       is opgeslagen.
  --paper &lt;formaat&gt;    A4 of Letter (standaard: %1). Een hand-outbestand bepaalt
                       dit zelf.
  --text-size &lt;punten&gt; Tekstgrootte voor artikelen, %2 tot %3 (standaard: %4).
  --content &lt;bestand&gt;  De inhoudsdatabase &lt;bestand&gt; lezen (standaard: de inhoud die
                       Myelin toont, inclusief een geïnstalleerde update).
  -h, --help           Deze hulp tonen.

Voorbeelden:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Afsluitstatus: 0 als de bestanden zijn opgeslagen, 1 als een artikel, hand-outbestand
of uitvoerbestand een probleem is (de melding noemt het), 2 als de opdrachtregel
onjuist is.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="197"/>
        <source>say what to save: --pdf &lt;file&gt;, --html &lt;file&gt; or --text &lt;file&gt;</source>
        <translation>zeg wat er opgeslagen moet worden: --pdf &lt;bestand&gt;, --html &lt;bestand&gt; of --text &lt;bestand&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>a handout is saved with --pdf only, and its articles come from the handout file</source>
        <translation>een hand-out wordt alleen met --pdf opgeslagen, en de artikelen ervan komen uit het hand-outbestand</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="203"/>
        <source>name at least one article, for example: myelin export --pdf fatigue.pdf fatigue</source>
        <translation>noem minstens één artikel, bijvoorbeeld: myelin export --pdf fatigue.pdf fatigue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="206"/>
        <source>--html and --text save one article at a time; %1 were named</source>
        <translation>--html en --text slaan één artikel tegelijk op; er zijn er %1 genoemd</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="210"/>
        <source>--%1 needs a file name, not an empty one</source>
        <translation>--%1 heeft een bestandsnaam nodig, geen lege</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="218"/>
        <source>--paper must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--paper moet A4 of Letter zijn, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="226"/>
        <source>--text-size must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--text-size moet een heel getal van %1 tot %2 zijn, niet &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="259"/>
        <source> (listed in the handout file %1)</source>
        <translation> (genoemd in het hand-outbestand %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="260"/>
        <source>there is no article called &quot;%1&quot;%2. Article names look like &quot;what-is-ms&quot;: lower-case words joined by hyphens.</source>
        <translation>er is geen artikel met de naam &quot;%1&quot;%2. Artikelnamen zien eruit als &quot;what-is-ms&quot;: woorden in kleine letters, verbonden door streepjes.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="285"/>
        <source>cannot write %1: it is %2, which is being read; choose another file name</source>
        <translation>kan %1 niet schrijven: het is %2, dat nu gelezen wordt; kies een andere bestandsnaam</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>cannot write two files as %1; give each its own name</source>
        <translation>kan niet twee bestanden schrijven als %1; geef elk bestand een eigen naam</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="319"/>
        <location filename="../app/cli/exportcommand.cpp" line="326"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="348"/>
        <source>the PDF %1 could not be made: %2</source>
        <translation>de PDF %1 kon niet worden gemaakt: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="349"/>
        <source>printing stopped unexpectedly</source>
        <translation>het afdrukken stopte onverwacht</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="355"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 opgeslagen (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="49"/>
        <source>Checks or installs a Myelin content pack (.myelinpack) without opening a window.
Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be installed, 2 a wrong command line.</source>
        <translation>Controleert of installeert een inhoudspakket van Myelin (.myelinpack) zonder een venster te openen.
Afsluitcodes: 0 het pakket is geaccepteerd (en geïnstalleerd, met --install), 1 het is geweigerd of kon niet worden geïnstalleerd, 2 een onjuiste opdrachtregel.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="53"/>
        <source>Check &lt;file&gt; and print its manifest; change nothing.</source>
        <translation>&lt;file&gt; controleren en het manifest ervan tonen; er verandert niets.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="56"/>
        <source>Check &lt;file&gt; and install it as the content Myelin shows.</source>
        <translation>&lt;file&gt; controleren en installeren als de inhoud die Myelin toont.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="59"/>
        <source>Also trust the minisign public key in &lt;pubfile&gt; for this run (the built-in keys stay trusted).</source>
        <translation>Ook de openbare minisign-sleutel in &lt;pubfile&gt; vertrouwen, alleen voor deze keer (de ingebouwde sleutels blijven vertrouwd).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="63"/>
        <source>Accept a pack older than, or the same as, the content in use.</source>
        <translation>Een pakket accepteren dat ouder is dan, of gelijk aan, de inhoud die in gebruik is.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="78"/>
        <source>myelin update: give one of --check &lt;file&gt; or --install &lt;file&gt;.</source>
        <translation>myelin update: geef --check &lt;file&gt; of --install &lt;file&gt; op.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="79"/>
        <source>Run &quot;myelin update --help&quot; to see how to use it.</source>
        <translation>Voer &quot;myelin update --help&quot; uit om te zien hoe u het gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="117"/>
        <source>%1 is a valid content pack (checked in %2 ms).</source>
        <translation>%1 is een geldig inhoudspakket (gecontroleerd in %2 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="118"/>
        <source>  Content:   %1, version %2, reviewed up to %3</source>
        <translation>  Inhoud:           %1, versie %2, gecontroleerd tot %3</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Schema:    %1</source>
        <translation>  Schema:           %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Made:      %1</source>
        <translation>  Gemaakt:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="121"/>
        <source>  Signed by: %1 (key %2)</source>
        <translation>  Ondertekend door: %1 (sleutel %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="122"/>
        <source>  Database:  %1 bytes, BLAKE2b-512 %2</source>
        <translation>  Database:         %1 bytes, BLAKE2b-512 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="126"/>
        <source>  Articles:  %1 (the pack lists every article)</source>
        <translation>  Artikelen:        %1 (het pakket noemt elk artikel)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="127"/>
        <source>  Changes since %1: %2 new, %3 changed, %4 removed</source>
        <translation>  Wijzigingen sinds %1: %2 nieuw, %3 gewijzigd, %4 verwijderd</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="141"/>
        <source>  In use:    %1 (%2)</source>
        <translation>  In gebruik:       %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="142"/>
        <source>no readable content</source>
        <translation>geen leesbare inhoud</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="151"/>
        <source>myelin update: the content pack %1 was not installed: %2</source>
        <translation>myelin update: het inhoudspakket %1 is niet geïnstalleerd: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="155"/>
        <source>Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content is kept, and File &gt; Go Back to Previous Content returns to it.</source>
        <translation>Inhoud %1 geïnstalleerd in %2 (%3 ms). Myelin toont deze vanaf de volgende start; de vorige inhoud blijft bewaard, en met Bestand &gt; Terug naar vorige inhoud gaat u ernaar terug.</translation>
    </message>
</context>
<context>
    <name>Myelin::ComfortProfile</name>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="13"/>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="18"/>
        <source>Tired eyes</source>
        <translation>Vermoeide ogen</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="27"/>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
</context>
<context>
    <name>Myelin::ContentDatabase</name>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="67"/>
        <source>Cannot open the content database %1: %2</source>
        <translation>Kan de inhoudsdatabase %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="73"/>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="76"/>
        <source>the file cannot be read.</source>
        <translation>het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="79"/>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="94"/>
        <source>it is not a Myelin content database (%1).</source>
        <translation>het is geen inhoudsdatabase van Myelin (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="98"/>
        <source>it has schema version %1, but this version of Myelin reads version %2. Install matching content or a matching Myelin.</source>
        <translation>het heeft schemaversie %1, maar deze versie van Myelin leest versie %2. Installeer passende inhoud of een passende Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="111"/>
        <source>its search index cannot be read (%1). Is SQLite built with FTS5?</source>
        <translation>de zoekindex ervan kan niet worden gelezen (%1). Is SQLite gebouwd met FTS5?</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::ExportText</name>
    <message>
        <location filename="../app/export/exportformat.cpp" line="42"/>
        <source>Reviewed %1</source>
        <translation>Gecontroleerd op %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="47"/>
        <source>Printed %1</source>
        <translation>Afgedrukt op %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="52"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/exportformat.cpp" line="57"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Export::Handout</name>
    <message>
        <location filename="../app/export/handout.cpp" line="42"/>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="84"/>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation>het is geen geldige JSON (%1 op %2)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="87"/>
        <source>it must hold one JSON object { ... }</source>
        <translation>het moet één JSON-object { ... } bevatten</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="94"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; moet een getal zijn</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="97"/>
        <source>it was made by a newer version of Myelin (handout format %1); this version reads format %2</source>
        <translation>het is gemaakt door een nieuwere versie van Myelin (hand-outformaat %1); deze versie leest formaat %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="118"/>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>&quot;%1&quot; moet tekst tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="124"/>
        <source>it has no &quot;%1&quot; list</source>
        <translation>het heeft geen lijst &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="127"/>
        <source>&quot;%1&quot; must be a list of article names, like [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</source>
        <translation>&quot;%1&quot; moet een lijst met artikelnamen zijn, zoals [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="133"/>
        <source>&quot;%1&quot; lists %2 articles; a handout holds at most %3</source>
        <translation>&quot;%1&quot; noemt %2 artikelen; een hand-out bevat er hoogstens %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="141"/>
        <source>entry %1 of &quot;%2&quot; must be an article name in quotes</source>
        <translation>item %1 van &quot;%2&quot; moet een artikelnaam tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="146"/>
        <source>it lists no articles: add at least one article name to &quot;%1&quot;</source>
        <translation>het noemt geen artikelen: zet minstens één artikelnaam in &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="157"/>
        <location filename="../app/export/handout.cpp" line="175"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="167"/>
        <source>&quot;%1&quot; must be a whole number of points from %2 to %3</source>
        <translation>&quot;%1&quot; moet een heel aantal punten zijn, van %2 tot %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="183"/>
        <source>&quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;</source>
        <translation>&quot;%1&quot; moet &quot;A4&quot; of &quot;Letter&quot; zijn</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="195"/>
        <source>Cannot save the handout file %1: %2</source>
        <translation>Kan het hand-outbestand %1 niet opslaan: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="212"/>
        <source>The handout file %1 does not exist.</source>
        <translation>Het hand-outbestand %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="215"/>
        <source>The handout file %1 is a folder, not a file.</source>
        <translation>Het hand-outbestand %1 is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="220"/>
        <source>The handout file %1 is not a regular file (a device, pipe or socket).</source>
        <translation>Het hand-outbestand %1 is geen gewoon bestand (maar een apparaat, pipe of socket).</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="224"/>
        <source>Cannot read the handout file %1: %2</source>
        <translation>Kan het hand-outbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="228"/>
        <source>The handout file %1 is too large (over %2 KiB) to be a handout file.</source>
        <translation>Het hand-outbestand %1 is te groot (meer dan %2 KiB) voor een hand-outbestand.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="235"/>
        <source>The handout file %1 cannot be used: %2.</source>
        <translation>Het hand-outbestand %1 kan niet worden gebruikt: %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::HtmlText</name>
    <message>
        <location filename="../app/export/htmltext.cpp" line="229"/>
        <location filename="../app/export/htmltext.cpp" line="237"/>
        <source>[Picture: %1]</source>
        <translation>[Afbeelding: %1]</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PlainTextExport</name>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="19"/>
        <source>Evidence: %1. %2</source>
        <translation>Bewijs: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="23"/>
        <source>In short: %1</source>
        <translation>In het kort: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="33"/>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="44"/>
        <source>Last reviewed: %1</source>
        <translation>Laatst gecontroleerd: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="46"/>
        <source>From %1, exported on %2.</source>
        <translation>Uit %1, geëxporteerd op %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PrintHtml</name>
    <message>
        <location filename="../app/export/printhtml.cpp" line="91"/>
        <location filename="../app/export/printhtml.cpp" line="100"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="93"/>
        <source>The medical words used in this handout, from A to Z.</source>
        <translation>De medische woorden uit deze hand-out, van A tot Z.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="105"/>
        <source>Information about MS</source>
        <translation>Informatie over MS</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="113"/>
        <source>Information handout</source>
        <translation>Informatieve hand-out</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="119"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="123"/>
        <source>Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so ask your group for the latest version.</source>
        <translation>Afgedrukt op %1. Bij elk artikel staat wanneer het voor het laatst is gecontroleerd. Medische kennis verandert, dus vraag uw groep naar de nieuwste versie.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="127"/>
        <source>This handout is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Deze hand-out geeft informatie, geen medisch advies. Overleg met uw MS-team of arts voordat u iets verandert aan uw behandeling, voeding of zorg.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="130"/>
        <source>Made with %1, a free offline reader about multiple sclerosis, from %2.</source>
        <translation>Gemaakt met %1, een gratis offline lezer over multiple sclerose, met informatie uit %2.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="131"/>
        <source>its knowledge base</source>
        <translation>de eigen kennisbank</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="138"/>
        <location filename="../app/export/printhtml.cpp" line="147"/>
        <source>Contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="140"/>
        <source>Each part starts on a new page. Every page has its number at the bottom.</source>
        <translation>Elk deel begint op een nieuwe pagina. Onder aan elke pagina staat het paginanummer.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="144"/>
        <source>Page %1</source>
        <translation>Pagina %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::QuestionSheet</name>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="11"/>
        <source>Questions for my next appointment</source>
        <translation>Vragen voor mijn volgende afspraak</translation>
    </message>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="43"/>
        <source>Space for the answer</source>
        <translation>Ruimte voor het antwoord</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::SelfContainedHtml</name>
    <message>
        <location filename="../app/export/selfcontainedhtml.cpp" line="287"/>
        <source>From %1, saved on %2.</source>
        <translation>Uit %1, opgeslagen op %2.</translation>
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
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Myelin::ReadingStyle</name>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="43"/>
        <location filename="../app/core/readingstyle.cpp" line="53"/>
        <location filename="../app/core/readingstyle.cpp" line="63"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="44"/>
        <location filename="../app/core/readingstyle.cpp" line="54"/>
        <location filename="../app/core/readingstyle.cpp" line="64"/>
        <source>Wide</source>
        <translation>Ruim</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="45"/>
        <location filename="../app/core/readingstyle.cpp" line="55"/>
        <location filename="../app/core/readingstyle.cpp" line="65"/>
        <source>Extra wide</source>
        <translation>Extra ruim</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="73"/>
        <source>Short lines</source>
        <translation>Korte regels</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="74"/>
        <source>Medium lines</source>
        <translation>Middellange regels</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="75"/>
        <source>Long lines</source>
        <translation>Lange regels</translation>
    </message>
</context>
<context>
    <name>Myelin::Schema</name>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="72"/>
        <location filename="../app/core/schemacheck.cpp" line="80"/>
        <location filename="../app/core/schemacheck.cpp" line="92"/>
        <source>the file is damaged (%1). Install the content again.</source>
        <translation>het bestand is beschadigd (%1). Installeer de inhoud opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="86"/>
        <source>it holds no tables: it is not a Myelin content database.</source>
        <translation>het bevat geen tabellen: het is geen inhoudsdatabase van Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="87"/>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>de tabel &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="98"/>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;: it was made for another version of Myelin, or it is damaged.</source>
        <translation>de tabel &quot;%1&quot; heeft geen kolom &quot;%2&quot;: hij is gemaakt voor een andere versie van Myelin, of hij is beschadigd.</translation>
    </message>
</context>
<context>
    <name>Myelin::SearchEngine</name>
    <message>
        <location filename="../app/core/searchengine.cpp" line="630"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="632"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
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
        <translation>Uw instellingenbestand %1 is gemaakt door een nieuwere Myelin of kan niet worden gelezen, dus Myelin laat het zoals het is. Wat u nu verandert, blijft gelden tot u Myelin sluit.</translation>
    </message>
    <message>
        <location filename="../app/userdata/settings.cpp" line="550"/>
        <source>Your settings could not be saved in %1: the folder may be read-only or the disk full. Myelin keeps working, but changes you make now last only until you close it.</source>
        <translation>Uw instellingen konden niet worden opgeslagen in %1: de map is misschien alleen-lezen of de schijf is vol. Myelin blijft werken, maar wat u nu verandert, blijft alleen gelden tot u Myelin sluit.</translation>
    </message>
</context>
<context>
    <name>Myelin::Theme</name>
    <message>
        <location filename="../app/core/theme.cpp" line="12"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="14"/>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="16"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="18"/>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="53"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="54"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="64"/>
        <source>About Myelin</source>
        <translation>Over Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="56"/>
        <source>The versions of Myelin and its content, the licences, and where to report a problem.</source>
        <translation>De versies van Myelin en de inhoud, de licenties, en waar u een probleem kunt melden.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="76"/>
        <source>Myelin icon</source>
        <translation>Pictogram van Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="78"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="84"/>
        <source>An offline reader about multiple sclerosis. It sends nothing anywhere.</source>
        <translation>Een offline lezer over multiple sclerose. Het stuurt nergens iets naartoe.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="89"/>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="92"/>
        <source>The same lines as the command myelin --version prints.</source>
        <translation>Dezelfde regels als de opdracht myelin --version toont.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="95"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="96"/>
        <source>Myelin is free software: you may share and change it under the GNU General Public License, version 3 or any later version (%1). The articles, glossary, timeline, quotes and images are shared under Creative Commons Attribution 4.0 (%2). Myelin gives information, not medical advice.</source>
        <translation>Myelin is vrije software: u mag het delen en wijzigen onder de GNU General Public License, versie 3 of een latere versie (%1). De artikelen, woordenlijst, tijdlijn, citaten en afbeeldingen worden gedeeld onder Creative Commons Attribution 4.0 (%2). Myelin geeft informatie, geen medisch advies.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="106"/>
        <source>Built with</source>
        <translation>Gebouwd met</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="109"/>
        <source>Components Myelin is built with, and their licences</source>
        <translation>Onderdelen waarmee Myelin is gebouwd, en hun licenties</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="110"/>
        <source>Other people&apos;s work that Myelin uses, and the licence of each.</source>
        <translation>Werk van anderen dat Myelin gebruikt, en de licentie van elk onderdeel.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Component</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="119"/>
        <source>Used for: %1</source>
        <translation>Gebruikt voor: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="124"/>
        <source>%1, licence %2, used for %3</source>
        <translation>%1, licentie %2, gebruikt voor %3</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="135"/>
        <source>Report a problem</source>
        <translation>Een probleem melden</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="136"/>
        <source>Tell us what went wrong, or what is hard to read, on the project&apos;s issue tracker. Copy this address into your web browser:</source>
        <translation>Vertel ons wat er misging, of wat moeilijk te lezen is, via het meldpunt van het project. Kopieer dit adres naar uw webbrowser:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="144"/>
        <source>Issue tracker address</source>
        <translation>Adres van het meldpunt</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="145"/>
        <source>The web address where you can report a problem.</source>
        <translation>Het webadres waar u een probleem kunt melden.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="147"/>
        <source>&amp;Copy address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="150"/>
        <source>Copy the issue tracker address</source>
        <translation>Het adres van het meldpunt kopiëren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="151"/>
        <source>Copy the address, then paste it into your web browser.</source>
        <translation>Kopieer het adres en plak het in uw webbrowser.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="162"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="163"/>
        <source>Close this window</source>
        <translation>Dit venster sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="179"/>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="180"/>
        <source>The address is copied.</source>
        <translation>Het adres is gekopieerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="185"/>
        <source>&amp;About Myelin</source>
        <translation>&amp;Over Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="188"/>
        <source>Show the version, licences and where to report a problem</source>
        <translation>De versie, de licenties en waar u een probleem kunt melden</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AppStyle</name>
    <message>
        <location filename="../app/ui/shell/appstyle.cpp" line="60"/>
        <source>Clear the text</source>
        <translation>De tekst wissen</translation>
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
        <translation>De tekst van het geopende artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="99"/>
        <source>Article menu</source>
        <translation>Artikelmenu</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksController</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="32"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Bookmark This Page</source>
        <translation>Bladwijzer maken voor deze pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show Bookmarks</source>
        <translation>Bladwijzers tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show History</source>
        <translation>Geschiedenis tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="34"/>
        <source>&amp;Bookmarks</source>
        <translation>Bla&amp;dwijzers</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="41"/>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="42"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="49"/>
        <source>Show your bookmarks beside the article</source>
        <translation>Uw bladwijzers naast het artikel tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="56"/>
        <source>Show the pages you read, by day</source>
        <translation>De pagina&apos;s tonen die u hebt gelezen, per dag</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="73"/>
        <source>Back where you left off in this article.</source>
        <translation>Terug waar u was gebleven in dit artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="74"/>
        <source>Back where you left off, at “%1”.</source>
        <translation>Terug waar u was gebleven, bij “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Remove Bookmark</source>
        <translation>Bladwijzer verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmarked</source>
        <translation>Met bladwijzer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <source>Remove bookmark</source>
        <translation>Bladwijzer verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmark this page</source>
        <translation>Bladwijzer maken voor deze pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="198"/>
        <source>This page is bookmarked. Press %1 to remove the bookmark.</source>
        <translation>Deze pagina heeft een bladwijzer. Druk op %1 om de bladwijzer te verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="199"/>
        <source>Keep this page in your bookmarks</source>
        <translation>Deze pagina bewaren bij uw bladwijzers</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmarked: Remove bookmark</source>
        <translation>Met bladwijzer: bladwijzer verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="221"/>
        <source>The bookmark could not be removed.</source>
        <translation>De bladwijzer kon niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="229"/>
        <source>Bookmark removed. Press %1 to put it back.</source>
        <translation>Bladwijzer verwijderd. Druk op %1 om hem terug te zetten.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="234"/>
        <source>Bookmarked again: “%1”.</source>
        <translation>Weer een bladwijzer voor “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="242"/>
        <source>Bookmarked “%1”. Your bookmarks are in the Bookmarks pane (%2).</source>
        <translation>Bladwijzer gemaakt voor “%1”. Uw bladwijzers staan in het paneel Bladwijzers (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="246"/>
        <source>The bookmark could not be saved.</source>
        <translation>De bladwijzer kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="255"/>
        <source>“%1” is no longer in the library: a content update renamed or removed it. Your saved entry is kept.</source>
        <translation>“%1” staat niet meer in de bibliotheek: een inhoudsupdate heeft het hernoemd of verwijderd. Wat u hebt opgeslagen, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="280"/>
        <source>Your Bookmarks</source>
        <translation>Uw bladwijzers</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="285"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (niet meer in de bibliotheek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="295"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
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
        <translation>Naar map verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="39"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="50"/>
        <source>Bookmarks</source>
        <translation>Bladwijzers</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="40"/>
        <source>No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page you are reading here.</source>
        <translation>Nog geen bladwijzers. Druk op Ctrl+D of op de knop Bladwijzer in de werkbalk om de pagina die u leest hier te bewaren.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="52"/>
        <source>Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves.</source>
        <translation>Uw bladwijzers en mappen. Enter opent, F2 wijzigt de naam, Delete verwijdert, Ctrl met pijl omhoog of omlaag verplaatst.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open the chosen bookmark</source>
        <translation>De gekozen bladwijzer openen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename the chosen bookmark or folder</source>
        <translation>De naam van de gekozen bladwijzer of map wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete the chosen bookmark or folder (you can undo it)</source>
        <translation>De gekozen bladwijzer of map verwijderen (u kunt dit ongedaan maken)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Move the chosen bookmark or folder up</source>
        <translation>De gekozen bladwijzer of map omhoog verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Move the chosen bookmark or folder down</source>
        <translation>De gekozen bladwijzer of map omlaag verplaatsen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Move to…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Put the chosen bookmark in another folder</source>
        <translation>De gekozen bladwijzer in een andere map zetten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="409"/>
        <source>New Folder…</source>
        <translation>Nieuwe map…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <source>Make a folder for bookmarks</source>
        <translation>Een map maken voor bladwijzers</translation>
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
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="148"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (niet meer in de bibliotheek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="157"/>
        <source>%1: a content update renamed or removed this page. Your bookmark is kept.</source>
        <translation>%1: een inhoudsupdate heeft deze pagina hernoemd of verwijderd. Uw bladwijzer blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="158"/>
        <source>%1. Press Enter to open.</source>
        <translation>%1. Druk op Enter om te openen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="175"/>
        <source>Folder %1, %n bookmark(s)</source>
        <translation>
            <numerusform>Map %1, %n bladwijzer</numerusform>
            <numerusform>Map %1, %n bladwijzers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Folder</source>
        <translation>Naam van map wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Bookmark</source>
        <translation>Naam van bladwijzer wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the folder:</source>
        <translation>Nieuwe naam voor de map:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the bookmark:</source>
        <translation>Nieuwe naam voor de bladwijzer:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="279"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="288"/>
        <source>The new name could not be saved.</source>
        <translation>De nieuwe naam kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="309"/>
        <source>Deleted the folder “%1”.</source>
        <translation>De map “%1” is verwijderd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="310"/>
        <source>Deleted the folder “%1” and the %n bookmark(s) in it.</source>
        <translation>
            <numerusform>De map “%1” en de %n bladwijzer erin zijn verwijderd.</numerusform>
            <numerusform>De map “%1” en de %n bladwijzers erin zijn verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="314"/>
        <source>The folder could not be deleted.</source>
        <translation>De map kon niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="318"/>
        <source>Deleted the bookmark “%1”.</source>
        <translation>De bladwijzer “%1” is verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="320"/>
        <source>The bookmark could not be deleted.</source>
        <translation>De bladwijzer kon niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="337"/>
        <source>There is nothing to undo.</source>
        <translation>Er is niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="347"/>
        <source>The bookmark “%1” is back.</source>
        <translation>De bladwijzer “%1” is terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="353"/>
        <source>The folder “%1” is back.</source>
        <translation>De map “%1” is terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="359"/>
        <source>It could not be put back.</source>
        <translation>Het kon niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the top.</source>
        <translation>Het staat al bovenaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the bottom.</source>
        <translation>Het staat al onderaan.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="387"/>
        <source>The bookmark could not be moved.</source>
        <translation>De bladwijzer kon niet worden verplaatst.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="396"/>
        <source>Choose a bookmark first</source>
        <translation>Kies eerst een bladwijzer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="400"/>
        <source>Not in a Folder</source>
        <translation>Niet in een map</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="432"/>
        <source>New Folder</source>
        <translation>Nieuwe map</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="434"/>
        <source>Name of the new folder:</source>
        <translation>Naam van de nieuwe map:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="435"/>
        <source>Make Folder</source>
        <translation>Map maken</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="444"/>
        <source>The folder could not be made.</source>
        <translation>De map kon niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BreadcrumbBar</name>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="60"/>
        <source>You are here</source>
        <translation>U bent hier</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="61"/>
        <source>Where the open article sits in the collection</source>
        <translation>Waar het geopende artikel staat in de verzameling</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="51"/>
        <source>You are here:</source>
        <translation>U bent hier:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="108"/>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="110"/>
        <source>Go to %1</source>
        <translation>Ga naar %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="76"/>
        <source>then</source>
        <translation>dan</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ButtonShelf</name>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="18"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="25"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="27"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="31"/>
        <source>More actions</source>
        <translation>Meer acties</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="26"/>
        <source>Opens the buttons that do not fit here as a menu</source>
        <translation>Opent de knoppen die hier niet passen als menu</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortController</name>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="78"/>
        <source>Colours: %1. Press %2 for the next colours.</source>
        <translation>Kleuren: %1. Druk op %2 voor de volgende kleuren.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="79"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="134"/>
        <source>&amp;Comfort</source>
        <translation>&amp;Comfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="138"/>
        <source>Reading &amp;comfort…</source>
        <translation>Lees&amp;comfort…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="140"/>
        <source>Choose text size, colours, spacing and read aloud, with a preview</source>
        <translation>Tekstgrootte, kleuren, afstand en voorlezen kiezen, met een voorbeeld</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="142"/>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="148"/>
        <source>Text and colours</source>
        <translation>Tekst en kleuren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="150"/>
        <source>&amp;Spacing and line length</source>
        <translation>&amp;Afstand en regellengte</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="152"/>
        <source>Line spacing</source>
        <translation>Regelafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="154"/>
        <source>Letter spacing</source>
        <translation>Letterafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="156"/>
        <source>Word spacing</source>
        <translation>Woordafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="158"/>
        <source>Line length</source>
        <translation>Regellengte</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="159"/>
        <source>C&amp;olours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="161"/>
        <source>Easier-to-read &amp;letters (OpenDyslexic)</source>
        <translation>Beter leesbare l&amp;etters (OpenDyslexic)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="174"/>
        <source>Follow the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="187"/>
        <source>&amp;Next colours</source>
        <translation>&amp;Volgende kleuren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="190"/>
        <source>Switch to the next colour theme</source>
        <translation>Naar het volgende kleurenschema gaan</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="193"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="194"/>
        <source>Show the Listen &amp;button</source>
        <translation>Knop &amp;Luisteren tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="204"/>
        <source>Comfort ▾</source>
        <translation>Comfort ▾</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="209"/>
        <source>Reading comfort: profiles, text size, spacing, colours and read aloud</source>
        <translation>Leescomfort: profielen, tekstgrootte, afstand, kleuren en voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="210"/>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="221"/>
        <source>Reading comfort</source>
        <translation>Leescomfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="219"/>
        <source>Reading</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="226"/>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="237"/>
        <source>%1 colours for the window and the article (%2 switches)</source>
        <translation>Kleurenschema %1 voor het venster en het artikel (%2 wisselt)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="239"/>
        <source>Use the %1 colours</source>
        <translation>Kleurenschema %1 gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="243"/>
        <source>%1 colours</source>
        <translation>Kleurenschema %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="271"/>
        <source>Sa&amp;ve these settings as a profile…</source>
        <translation>Deze instellingen als profiel &amp;opslaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="273"/>
        <source>Save comfort profile</source>
        <translation>Comfortprofiel opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="274"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Naam voor dit profiel (bijvoorbeeld &quot;Avond&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="277"/>
        <source>Please choose a name that is not empty and not one of the built-in profiles.</source>
        <translation>Kies een naam die niet leeg is en niet gelijk is aan een van de ingebouwde profielen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="282"/>
        <source>&amp;Delete a profile…</source>
        <translation>Profiel ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="289"/>
        <source>Delete comfort profile</source>
        <translation>Comfortprofiel verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="290"/>
        <source>Profile to delete:</source>
        <translation>Profiel om te verwijderen:</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortDialog</name>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <source>Welcome to Myelin</source>
        <translation>Welkom bij Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Reading comfort</source>
        <translation>Leescomfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="51"/>
        <source>Choose the text size, colours, spacing and read aloud that suit you today</source>
        <translation>Kies de tekstgrootte, kleuren, afstand en het voorlezen die vandaag bij u passen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Make reading comfortable</source>
        <translation>Maak het lezen prettig</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="56"/>
        <source>Choose what is easiest for your eyes today. The preview shows the change at once. You can change any of this later from the Comfort button in the toolbar or the Comfort menu.</source>
        <translation>Kies wat vandaag het prettigst is voor uw ogen. Het voorbeeld toont de verandering meteen. U kunt dit later altijd wijzigen met de knop Comfort in de werkbalk of het menu Comfort.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="59"/>
        <source>Every change shows at once, in the preview and in the article.</source>
        <translation>Elke verandering is meteen te zien, in het voorbeeld en in het artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="64"/>
        <source>Quick choices:</source>
        <translation>Snelle keuzes:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>A−  Smaller</source>
        <translation>A−  Kleiner</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>Make the text smaller</source>
        <translation>De tekst kleiner maken</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>A+  Larger</source>
        <translation>A+  Groter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>Make the text larger</source>
        <translation>De tekst groter maken</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="86"/>
        <source>Text size:</source>
        <translation>Tekstgrootte:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="92"/>
        <source>Follow the system (light or dark)</source>
        <translation>Zoals het systeem (licht of donker)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="96"/>
        <source>Colours</source>
        <translation>Kleuren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="97"/>
        <source>Colours of the window and the article. Pictures keep their own colours.</source>
        <translation>Kleuren van het venster en het artikel. Afbeeldingen houden hun eigen kleuren.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="103"/>
        <source>Colours:</source>
        <translation>Kleuren:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Wide</source>
        <translation>Ruim</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Extra wide</source>
        <translation>Extra ruim</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="110"/>
        <source>Spacing</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="111"/>
        <source>Space between lines, letters and words</source>
        <translation>Ruimte tussen regels, letters en woorden</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="120"/>
        <source>Spacing:</source>
        <translation>Afstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing:</source>
        <translation>Regelafstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing</source>
        <translation>Regelafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing:</source>
        <translation>Letterafstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing</source>
        <translation>Letterafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing:</source>
        <translation>Woordafstand:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing</source>
        <translation>Woordafstand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length:</source>
        <translation>Regellengte:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length</source>
        <translation>Regellengte</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>Easier-to-read letters</source>
        <translation>Beter leesbare letters</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>OpenDyslexic: a font with heavier, more distinct letters</source>
        <translation>OpenDyslexic: een lettertype met zwaardere letters die beter van elkaar te onderscheiden zijn</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="143"/>
        <source>Show the Listen button</source>
        <translation>Knop Luisteren tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="144"/>
        <source>A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)</source>
        <translation>Een knop Luisteren in de werkbalk leest het artikel voor (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="149"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Skip for now</source>
        <translation>Nu overslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Keep the usual settings and start reading</source>
        <translation>De gewone instellingen houden en beginnen met lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Save as a profile…</source>
        <translation>Opslaan als profiel…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Keep these settings under a name</source>
        <translation>Deze instellingen onder een naam bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="176"/>
        <source>Save comfort profile</source>
        <translation>Comfortprofiel opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="177"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Naam voor dit profiel (bijvoorbeeld &quot;Avond&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Start reading</source>
        <translation>Beginnen met lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Keep these settings and start reading</source>
        <translation>Deze instellingen houden en beginnen met lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Close this page</source>
        <translation>Deze pagina sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="273"/>
        <source>The usual text size, spacing and colours</source>
        <translation>De gewone tekstgrootte, afstand en kleuren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="275"/>
        <source>Larger text, more space, shorter lines and a cream background</source>
        <translation>Grotere tekst, meer ruimte, kortere regels en een crèmekleurige achtergrond</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="277"/>
        <source>Larger text with the Listen button ready to read aloud</source>
        <translation>Grotere tekst, met de knop Luisteren klaar om voor te lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="279"/>
        <source>Your saved profile &quot;%1&quot;</source>
        <translation>Uw opgeslagen profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="305"/>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="325"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="326"/>
        <source>Text size %1%</source>
        <translation>Tekstgrootte %1%</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortPreview</name>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="50"/>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="52"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="51"/>
        <source>The start of an article, shown with the chosen settings</source>
        <translation>Het begin van een artikel, getoond met de gekozen instellingen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortProfiles</name>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="53"/>
        <source>Comfort profile: %1</source>
        <translation>Comfortprofiel: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="92"/>
        <source>Saved the comfort profile &quot;%1&quot;.</source>
        <translation>Het comfortprofiel &quot;%1&quot; is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::DeleteAllDialog</name>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="33"/>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="88"/>
        <source>Delete All My Data</source>
        <translation>Al mijn gegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="38"/>
        <source>Delete all your data from this computer?</source>
        <translation>Al uw gegevens van deze computer verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="46"/>
        <source>%n damaged copies of your data file, set aside earlier</source>
        <translation>
            <numerusform>%n beschadigde kopie van uw gegevensbestand, eerder apart gezet</numerusform>
            <numerusform>%n beschadigde kopieën van uw gegevensbestand, eerder apart gezet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="49"/>
        <source>You have no bookmarks, notes, questions or history saved.</source>
        <translation>U hebt geen bladwijzers, notities, vragen of geschiedenis opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="51"/>
        <source>This deletes:</source>
        <translation>Dit wordt verwijderd:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="54"/>
        <source>This deletes: %1</source>
        <translation>Dit wordt verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="56"/>
        <source>This cannot be undone. To keep a copy, choose “Export My Data First”.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Wilt u een kopie bewaren, kies dan “Eerst mijn gegevens exporteren”.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="63"/>
        <source>Also put all &amp;settings back as they were</source>
        <translation>Zet ook alle &amp;instellingen terug zoals ze waren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="65"/>
        <source>Also put all settings back as they were</source>
        <translation>Zet ook alle instellingen terug zoals ze waren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="68"/>
        <source>Text size, colours, spacing, comfort profiles, window size, paper size and the handout details go back to how they were when Myelin was installed.</source>
        <translation>Tekstgrootte, kleuren, afstand, comfortprofielen, venstergrootte, papierformaat en de gegevens voor de hand-out worden weer zoals ze waren toen Myelin werd geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="76"/>
        <source>&amp;Export My Data First…</source>
        <translation>Eerst mijn gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="78"/>
        <source>Export My Data First</source>
        <translation>Eerst mijn gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="86"/>
        <source>&amp;Delete All My Data</source>
        <translation>Al mijn gegevens &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::FindBar</name>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="17"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="20"/>
        <source>Find in this page</source>
        <translation>Zoeken op deze pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="24"/>
        <source>Find:</source>
        <translation>Zoeken:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="30"/>
        <source>Words to find in this page</source>
        <translation>Woorden om te zoeken op deze pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="31"/>
        <source>Type words to find in the open page. Enter finds the next, Shift+Enter the previous.</source>
        <translation>Typ woorden om te zoeken op de geopende pagina. Enter zoekt de volgende, Shift+Enter de vorige.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="33"/>
        <source>Matches found</source>
        <translation>Gevonden treffers</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="34"/>
        <location filename="../app/ui/search/findbar.cpp" line="145"/>
        <source>No matches</source>
        <translation>Geen treffers</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="40"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Naar de vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="41"/>
        <source>Go to the next match (F3)</source>
        <translation>Naar de volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="42"/>
        <source>Close the find bar (Escape)</source>
        <translation>De zoekbalk sluiten (Escape)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPanel</name>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="28"/>
        <source>Filter terms</source>
        <translation>Begrippen filteren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="31"/>
        <source>Filter glossary terms</source>
        <translation>Begrippen in de woordenlijst filteren</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="32"/>
        <source>Type part of a word to show only matching terms</source>
        <translation>Typ een deel van een woord om alleen passende begrippen te tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="42"/>
        <source>Glossary terms</source>
        <translation>Begrippen in de woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="43"/>
        <source>Press Enter to read a term&apos;s definition</source>
        <translation>Druk op Enter om de uitleg van een begrip te lezen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="90"/>
        <source>Glossary term</source>
        <translation>Begrip uit de woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPopover</name>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="119"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="138"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="140"/>
        <source>Closes the definition and goes back to the article</source>
        <translation>Sluit de uitleg en gaat terug naar het artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="156"/>
        <source>Definition</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="232"/>
        <source>Opens the glossary page of %1</source>
        <translation>Opent de pagina over %1 in de woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="233"/>
        <source>%1: definition</source>
        <translation>%1: uitleg</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="437"/>
        <source>More about %1</source>
        <translation>Meer over %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="139"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More about this word</source>
        <translation>Meer over dit woord</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HandoutDialog</name>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>&amp;Add to Handout</source>
        <translation>&amp;Toevoegen aan hand-out</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>Add the selected articles to the end of the handout</source>
        <translation>De geselecteerde artikelen achteraan in de hand-out toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move the selected article one place earlier</source>
        <translation>Het geselecteerde artikel één plaats naar voren zetten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move &amp;Down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move the selected article one place later</source>
        <translation>Het geselecteerde artikel één plaats naar achteren zetten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>Take the selected article out of the handout</source>
        <translation>Het geselecteerde artikel uit de hand-out halen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="81"/>
        <source>Cover page with the title and your group&apos;s details</source>
        <translation>Voorpagina met de titel en de gegevens van uw groep</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="82"/>
        <source>Contents page with page numbers</source>
        <translation>Inhoudsopgave met paginanummers</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="83"/>
        <source>Glossary of the medical words the articles use</source>
        <translation>Woordenlijst met de medische woorden die de artikelen gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>Tijdlijn van gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="85"/>
        <source>My questions for my next appointment, with space for the answers</source>
        <translation>Mijn vragen voor mijn volgende afspraak, met ruimte voor de antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>Open a handout you saved before</source>
        <translation>Een hand-out openen die u eerder hebt opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>&amp;Save…</source>
        <translation>Op&amp;slaan…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>Save this handout&apos;s articles and options to reuse later</source>
        <translation>De artikelen en opties van deze hand-out opslaan om later opnieuw te gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>Show the pages and print them</source>
        <translation>De pagina&apos;s tonen en afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save the handout as one PDF file</source>
        <translation>De hand-out opslaan als één PDF-bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close this window; the handout is remembered for next time</source>
        <translation>Dit venster sluiten; de hand-out wordt onthouden voor de volgende keer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="94"/>
        <source>Make a Handout</source>
        <translation>Hand-out maken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="95"/>
        <source>Make a handout</source>
        <translation>Een hand-out maken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="96"/>
        <source>Choose articles and options for a printed handout booklet.</source>
        <translation>Kies artikelen en opties voor een afgedrukt hand-outboekje.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="100"/>
        <source>2. The cover page</source>
        <translation>2. De voorpagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>Handout title</source>
        <translation>Titel van de hand-out</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>The title printed on the cover, for example &quot;Welcome pack&quot;</source>
        <translation>De titel op de voorpagina, bijvoorbeeld &quot;Welkomstpakket&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="103"/>
        <source>For example: Welcome pack</source>
        <translation>Bijvoorbeeld: Welkomstpakket</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Group name</source>
        <translation>Naam van de groep</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Your group&apos;s name, printed on the cover and at the foot of each page</source>
        <translation>De naam van uw groep, afgedrukt op de voorpagina en onderaan elke pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="107"/>
        <source>Contact details</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="108"/>
        <source>How to reach your group: meeting place and times, phone, email. Printed on the cover.</source>
        <translation>Hoe mensen uw groep kunnen bereiken: plaats en tijden van bijeenkomsten, telefoon, e-mail. Wordt afgedrukt op de voorpagina.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="112"/>
        <source>&amp;Group name:</source>
        <translation>Naam van de &amp;groep:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="113"/>
        <source>Con&amp;tact details:</source>
        <translation>&amp;Contactgegevens:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="116"/>
        <source>1. Choose the articles</source>
        <translation>1. Kies de artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="117"/>
        <source>A&amp;ll articles:</source>
        <translation>Alle a&amp;rtikelen:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="119"/>
        <source>In this &amp;handout, in order:</source>
        <translation>In deze hand-out, in &amp;volgorde:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Filter articles</source>
        <translation>Artikelen filteren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Type part of a title to show only matching articles</source>
        <translation>Typ een deel van een titel om alleen passende artikelen te tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="122"/>
        <source>Type to find an article</source>
        <translation>Typ om een artikel te zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="125"/>
        <source>All articles</source>
        <translation>Alle artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="126"/>
        <source>Select one or more articles, then choose Add to Handout (or press Enter)</source>
        <translation>Selecteer een of meer artikelen en kies dan Toevoegen aan hand-out (of druk op Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>Articles in this handout</source>
        <translation>Artikelen in deze hand-out</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>The handout prints these articles in this order</source>
        <translation>De hand-out drukt deze artikelen af in deze volgorde</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="153"/>
        <source>3. What else to include</source>
        <translation>3. Wat er nog meer in komt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="155"/>
        <source>Start with a cover page</source>
        <translation>Beginnen met een voorpagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="156"/>
        <source>List every part with the page it starts on</source>
        <translation>Elk deel noemen met de pagina waarop het begint</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="157"/>
        <source>Add the meanings of the medical words used in these articles</source>
        <translation>De betekenis toevoegen van de medische woorden in deze artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="158"/>
        <source>Add the timeline of research and events</source>
        <translation>De tijdlijn van onderzoek en gebeurtenissen toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="159"/>
        <source>Add a page of your own questions from the Questions pane, the ones not ticked off (left out when there are none)</source>
        <translation>Een pagina toevoegen met uw eigen vragen uit het paneel Vragen, de vragen die niet zijn afgevinkt (weggelaten als er geen zijn)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="164"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="414"/>
        <source>Save paper (%1 point, narrow margins)</source>
        <translation>Papier besparen (%1 punt, smalle marges)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="169"/>
        <source>Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge for printing on both sides</source>
        <translation>Minder vellen om te kopiëren: kleinere tekst, smalle marges, paginanummers aan de buitenrand om dubbelzijdig af te drukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="172"/>
        <source>Standard print (%1 point)</source>
        <translation>Normale letter (%1 punt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="173"/>
        <source>Large print (%1 point)</source>
        <translation>Grote letter (%1 punt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="174"/>
        <source>Extra large print (%1 point)</source>
        <translation>Extra grote letter (%1 punt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="176"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="177"/>
        <source>Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest pages</source>
        <translation>Grote letter (16 punt of meer) is geschikt voor lezers die slecht zien; Papier besparen geeft de minste pagina&apos;s</translation>
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
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>The paper your printer uses</source>
        <translation>Het papier dat uw printer gebruikt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="184"/>
        <source>Te&amp;xt size:</source>
        <translation>Te&amp;kstgrootte:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="186"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="201"/>
        <source>Handout status</source>
        <translation>Status van de hand-out</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="204"/>
        <source>Page count</source>
        <translation>Aantal pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="415"/>
        <source>%1 point</source>
        <translation>%1 punt</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="428"/>
        <source>Left out, because this collection has no such article: %1</source>
        <translation>Weggelaten, omdat deze verzameling zo&apos;n artikel niet heeft: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="500"/>
        <source>Already in the handout: %1</source>
        <translation>Staat al in de hand-out: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/print/handoutdialog.cpp" line="502"/>
        <source>%n articles in the handout.</source>
        <translation>
            <numerusform>%n artikel in de hand-out.</numerusform>
            <numerusform>%n artikelen in de hand-out.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="580"/>
        <source>Add articles to see how many pages the handout takes.</source>
        <translation>Voeg artikelen toe om te zien hoeveel pagina&apos;s de hand-out wordt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="581"/>
        <source>Counting the pages…</source>
        <translation>De pagina&apos;s worden geteld…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="602"/>
        <source>The pages could not be counted.</source>
        <translation>De pagina&apos;s konden niet worden geteld.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="607"/>
        <source>This handout takes 1 page.</source>
        <translation>Deze hand-out is 1 pagina.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="609"/>
        <source>This handout takes 2 pages (1 sheet printed on both sides).</source>
        <translation>Deze hand-out is 2 pagina&apos;s (1 vel, dubbelzijdig afgedrukt).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="612"/>
        <source>This handout takes %1 pages (%2 sheets printed on both sides).</source>
        <translation>Deze hand-out is %1 pagina&apos;s (%2 vellen, dubbelzijdig afgedrukt).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="634"/>
        <source>Opened %1.</source>
        <translation>%1 geopend.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="643"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="659"/>
        <source>Open a Handout</source>
        <translation>Een hand-out openen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="660"/>
        <source>Myelin handouts (*.json);;All files (*)</source>
        <translation>Myelin-hand-outs (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="666"/>
        <source>Cannot open the handout</source>
        <translation>Kan de hand-out niet openen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="674"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="690"/>
        <source>handout</source>
        <translation>hand-out</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="675"/>
        <source>Save the Handout</source>
        <translation>De hand-out opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="677"/>
        <source>Myelin handouts (*.json)</source>
        <translation>Myelin-hand-outs (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="684"/>
        <source>Cannot save the handout</source>
        <translation>Kan de hand-out niet opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="691"/>
        <source>Save the Handout as PDF</source>
        <translation>De hand-out opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="693"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HighlightDialog</name>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="39"/>
        <source>Yellow</source>
        <translation>Geel</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="42"/>
        <source>Green</source>
        <translation>Groen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="45"/>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="48"/>
        <source>Pink</source>
        <translation>Roze</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Highlight</source>
        <translation>Markeren</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Edit Note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="66"/>
        <source>Passage: %1</source>
        <translation>Passage: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="70"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="82"/>
        <source>Highlight colour. Use the arrow keys to choose another.</source>
        <translation>Kleur van de markering. Kies een andere met de pijltjestoetsen.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="95"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="99"/>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="100"/>
        <source>Your own words about this passage. Ctrl+Enter saves.</source>
        <translation>Uw eigen woorden bij deze passage. Ctrl+Enter slaat op.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="104"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryDays</name>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="12"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="15"/>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryPage</name>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Clear This Day…</source>
        <translation>Deze dag wissen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="24"/>
        <source>Clear All History…</source>
        <translation>Hele geschiedenis wissen…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="26"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="36"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="27"/>
        <source>Nothing here yet. The pages you read are listed here by day.</source>
        <translation>Hier staat nog niets. De pagina&apos;s die u leest, komen hier per dag te staan.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="37"/>
        <source>The pages you read, by day, newest first. Press Enter to open one.</source>
        <translation>De pagina&apos;s die u hebt gelezen, per dag, nieuwste eerst. Druk op Enter om er een te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="42"/>
        <source>Open: open the chosen page</source>
        <translation>Openen: de gekozen pagina openen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="43"/>
        <source>Open the chosen page (Enter)</source>
        <translation>De gekozen pagina openen (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="45"/>
        <source>Clear This Day: remove the chosen day&apos;s pages from the history</source>
        <translation>Deze dag wissen: de pagina&apos;s van de gekozen dag uit de geschiedenis halen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="46"/>
        <source>Remove the chosen day&apos;s pages from the history</source>
        <translation>De pagina&apos;s van de gekozen dag uit de geschiedenis halen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="48"/>
        <source>Clear All History: remove every page from the history</source>
        <translation>Hele geschiedenis wissen: alle pagina&apos;s uit de geschiedenis halen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="49"/>
        <source>Remove every page from the history (bookmarks stay)</source>
        <translation>Alle pagina&apos;s uit de geschiedenis halen (bladwijzers blijven)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/historypage.cpp" line="105"/>
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n pagina</numerusform>
            <numerusform>%1, %n pagina&apos;s</numerusform>
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
        <translation>%1 (niet meer in de bibliotheek)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="117"/>
        <source>%1, read at %2, no longer in the library</source>
        <translation>%1, gelezen om %2, niet meer in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="118"/>
        <source>%1, read at %2</source>
        <translation>%1, gelezen om %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="120"/>
        <source>%1: a content update renamed or removed this page.</source>
        <translation>%1: een inhoudsupdate heeft deze pagina hernoemd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="182"/>
        <source>Keep It</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="202"/>
        <source>Clear This Day?</source>
        <translation>Deze dag wissen?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="203"/>
        <source>Remove the pages you read on %1 from the history? Bookmarks and reading places stay.</source>
        <translation>De gelezen pagina&apos;s van %1 uit de geschiedenis halen? Bladwijzers en leesposities blijven.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="206"/>
        <source>Clear %1</source>
        <translation>%1 wissen</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="208"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="222"/>
        <source>The history could not be cleared.</source>
        <translation>De geschiedenis kon niet worden gewist.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="217"/>
        <source>Clear All History?</source>
        <translation>Hele geschiedenis wissen?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="218"/>
        <source>Remove every page from the history? This cannot be undone. Bookmarks and reading places stay.</source>
        <translation>Alle pagina&apos;s uit de geschiedenis halen? Dit kan niet ongedaan worden gemaakt. Bladwijzers en leesposities blijven.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="220"/>
        <source>Clear All History</source>
        <translation>Hele geschiedenis wissen</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::KeyboardNavigation</name>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="42"/>
        <source>Next Region</source>
        <translation>Volgend gebied</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="45"/>
        <source>Move to the next part of the window: toolbar, contents, article, related items</source>
        <translation>Naar het volgende deel van het venster: werkbalk, inhoudsopgave, artikel, verwante onderwerpen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="47"/>
        <source>Previous Region</source>
        <translation>Vorig gebied</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="50"/>
        <source>Move to the previous part of the window</source>
        <translation>Naar het vorige deel van het venster</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::LanguageMenu</name>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="16"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="24"/>
        <source>Follow the &amp;system</source>
        <translation>Het &amp;systeem volgen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="31"/>
        <source>Show Myelin in %1</source>
        <translation>Myelin tonen in het %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="33"/>
        <source>Use the language of this computer when Myelin has it, else English</source>
        <translation>De taal van deze computer gebruiken als Myelin die heeft, anders Engels</translation>
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
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="266"/>
        <source>All articles. Use the arrow keys to move and open them.</source>
        <translation>Alle artikelen. Gebruik de pijltjestoetsen om erdoor te gaan en ze te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="281"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="305"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="319"/>
        <source>Open in your web browser?</source>
        <translation>Openen in uw webbrowser?</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="320"/>
        <source>This link leads outside Myelin, to:

%1

Open it in your web browser? Your browser will need an internet connection.</source>
        <translation>Deze link gaat naar buiten Myelin, naar:

%1

Openen in uw webbrowser? Uw browser heeft daarvoor een internetverbinding nodig.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Go back to the previous article</source>
        <translation>Terug naar het vorige artikel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Go forward again</source>
        <translation>Weer vooruit gaan</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Go to the welcome page</source>
        <translation>Naar de welkomstpagina</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Show the glossary of terms</source>
        <translation>De woordenlijst tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <source>Show the timeline of events</source>
        <translation>De tijdlijn met gebeurtenissen tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <source>Show the collection of quotes</source>
        <translation>De verzameling citaten tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>Make the text smaller</source>
        <translation>De tekst kleiner maken</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>Normal text size</source>
        <translation>Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>Make the text larger</source>
        <translation>De tekst groter maken</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="450"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="453"/>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="459"/>
        <source>Text size:</source>
        <translation>Tekstgrootte:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="494"/>
        <source>&amp;Get Help Now</source>
        <translation>&amp;Direct hulp</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="496"/>
        <source>Emergency numbers, crisis lines and MS helplines</source>
        <translation>Alarmnummers, crisislijnen en MS-hulplijnen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="518"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="481"/>
        <source>&amp;Quit</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="483"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="487"/>
        <source>&amp;View</source>
        <translation>&amp;Weergave</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="502"/>
        <source>&amp;How to Use Myelin</source>
        <translation>&amp;Zo werkt Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="505"/>
        <source>Open the guide to Myelin, with its keyboard shortcuts</source>
        <translation>De handleiding van Myelin openen, met de sneltoetsen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="544"/>
        <source>Show &amp;Contents</source>
        <translation>&amp;Inhoudsopgave tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="547"/>
        <source>Show or hide the contents and glossary beside the article</source>
        <translation>De inhoudsopgave en woordenlijst naast het artikel tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="548"/>
        <source>Show &amp;Related Items</source>
        <translation>&amp;Verwante onderwerpen tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="551"/>
        <source>Show or hide the related items beside the article</source>
        <translation>De verwante onderwerpen naast het artikel tonen of verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="562"/>
        <source>This page has no related items.</source>
        <translation>Deze pagina heeft geen verwante onderwerpen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="686"/>
        <source>Your answer could not be saved. %1</source>
        <translation>Uw antwoord kon niet worden opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="700"/>
        <source>Changes are not being saved</source>
        <translation>Wijzigingen worden niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="313"/>
        <source>Text size %1%</source>
        <translation>Tekstgrootte %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="89"/>
        <source>More buttons</source>
        <translation>Meer knoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="91"/>
        <source>More buttons: those the window has no room for</source>
        <translation>Meer knoppen: de knoppen waarvoor het venster geen ruimte heeft</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="684"/>
        <source>Thank you. Your answer is saved on this computer only.</source>
        <translation>Bedankt. Uw antwoord is alleen op deze computer opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="712"/>
        <source>There is no article called &quot;%1&quot;. Showing the welcome page.</source>
        <translation>Er is geen artikel met de naam &quot;%1&quot;. De welkomstpagina wordt getoond.</translation>
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
        <translation>Woordenlijst: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="846"/>
        <source>Feedback on &quot;%1&quot;</source>
        <translation>Feedback over &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="847"/>
        <source>Article: %1

My comments:
</source>
        <translation>Artikel: %1

Mijn opmerkingen:
</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MessageStrip</name>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="15"/>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="16"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="19"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="22"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>Terugzetten wat net is verwijderd (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="23"/>
        <source>Close: close this message</source>
        <translation>Sluiten: deze melding sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="24"/>
        <source>Close this message</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataController</name>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="51"/>
        <source>My &amp;Data</source>
        <translation>Mijn &amp;gegevens</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="53"/>
        <source>&amp;Export My Data…</source>
        <translation>Mijn gegevens &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="54"/>
        <source>Save your bookmarks, notes, questions and history in one file, to keep or to move to another computer</source>
        <translation>Uw bladwijzers, notities, vragen en geschiedenis in één bestand opslaan, om te bewaren of naar een andere computer over te zetten</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="56"/>
        <source>&amp;Import My Data…</source>
        <translation>Mijn gegevens &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="57"/>
        <source>Add the bookmarks, notes, questions and history from an exported file; nothing of yours is overwritten</source>
        <translation>De bladwijzers, notities, vragen en geschiedenis uit een geëxporteerd bestand toevoegen; niets van uzelf wordt overschreven</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="60"/>
        <source>&amp;Delete All My Data…</source>
        <translation>Al mijn gegevens &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="61"/>
        <source>Delete your bookmarks, notes, questions, history and answers from this computer</source>
        <translation>Uw bladwijzers, notities, vragen, geschiedenis en antwoorden van deze computer verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="74"/>
        <source>Your data file was damaged</source>
        <translation>Uw gegevensbestand was beschadigd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="75"/>
        <source>A new data file was started; the damaged one was kept aside.</source>
        <translation>Er is een nieuw gegevensbestand begonnen; het beschadigde bestand is apart bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="99"/>
        <source>Myelin data %1</source>
        <translation>Myelin-gegevens %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="101"/>
        <source>Export My Data</source>
        <translation>Mijn gegevens exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="102"/>
        <source>Myelin data (*.json)</source>
        <translation>Myelin-gegevens (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="118"/>
        <source>Your data was not exported</source>
        <translation>Uw gegevens zijn niet geëxporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="122"/>
        <source>Your data is saved in %1.</source>
        <translation>Uw gegevens zijn opgeslagen in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="123"/>
        <source>There was nothing to export yet.</source>
        <translation>Er was nog niets om te exporteren.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="124"/>
        <source>It holds:</source>
        <translation>Het bevat:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="125"/>
        <source>Keep it somewhere safe: your notes are in it as plain text. To bring them back, or onto another computer, choose File &gt; My Data &gt; Import My Data.</source>
        <translation>Bewaar het op een veilige plek: uw notities staan erin als gewone tekst. Om ze terug te zetten, of op een andere computer te zetten, kiest u Bestand &gt; Mijn gegevens &gt; Mijn gegevens importeren.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="127"/>
        <source>Your data is exported</source>
        <translation>Uw gegevens zijn geëxporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="128"/>
        <source>Your data is exported to %1</source>
        <translation>Uw gegevens zijn geëxporteerd naar %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="138"/>
        <source>Import My Data</source>
        <translation>Mijn gegevens importeren</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="139"/>
        <source>Myelin data (*.json);;All files (*)</source>
        <translation>Myelin-gegevens (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="151"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="154"/>
        <source>From %1:</source>
        <translation>Uit %1:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="156"/>
        <source>Import finished</source>
        <translation>Importeren klaar</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="179"/>
        <source>Your data was not deleted</source>
        <translation>Uw gegevens zijn niet verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="182"/>
        <source>Your bookmarks, notes, questions, history and answers are deleted from this computer.</source>
        <translation>Uw bladwijzers, notities, vragen, geschiedenis en antwoorden zijn van deze computer verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="184"/>
        <source>These set-aside copies could not be removed; delete them yourself:</source>
        <translation>Deze apart gezette kopieën konden niet worden verwijderd; verwijder ze zelf:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="194"/>
        <source>Your settings are back as they were when Myelin was installed.</source>
        <translation>Uw instellingen zijn weer zoals toen Myelin werd geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="195"/>
        <source>Your settings are back to the defaults for now, but could not be saved.</source>
        <translation>Uw instellingen zijn voorlopig terug op de standaardwaarden, maar konden niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="198"/>
        <source>Your data is deleted</source>
        <translation>Uw gegevens zijn verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="199"/>
        <source>Your data is deleted.</source>
        <translation>Uw gegevens zijn verwijderd.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataText</name>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
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
            <numerusform>%n bladwijzer</numerusform>
            <numerusform>%n bladwijzers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n map</numerusform>
            <numerusform>%n mappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n markering</numerusform>
            <numerusform>%n markeringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n met een notitie</numerusform>
            <numerusform>%n met een notitie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="21"/>
        <source>%n questions for your appointment</source>
        <translation>
            <numerusform>%n vraag voor uw afspraak</numerusform>
            <numerusform>%n vragen voor uw afspraak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="24"/>
        <source>your reading history (%n page visits)</source>
        <translation>
            <numerusform>uw leesgeschiedenis (%n paginabezoek)</numerusform>
            <numerusform>uw leesgeschiedenis (%n paginabezoeken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="27"/>
        <source>where you were in %n articles</source>
        <translation>
            <numerusform>waar u was in %n artikel</numerusform>
            <numerusform>waar u was in %n artikelen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="30"/>
        <source>%n answers to “Was this useful?”</source>
        <translation>
            <numerusform>%n antwoord op “Had u hier iets aan?”</numerusform>
            <numerusform>%n antwoorden op “Had u hier iets aan?”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="52"/>
        <source>%n bookmark folders</source>
        <translation>
            <numerusform>%n bladwijzermap</numerusform>
            <numerusform>%n bladwijzermappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="55"/>
        <source>%n highlights and notes</source>
        <translation>
            <numerusform>%n markering of notitie</numerusform>
            <numerusform>%n markeringen en notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="58"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="61"/>
        <source>%n page visits in your history</source>
        <translation>
            <numerusform>%n paginabezoek in uw geschiedenis</numerusform>
            <numerusform>%n paginabezoeken in uw geschiedenis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="64"/>
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n leespositie</numerusform>
            <numerusform>%n leesposities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="67"/>
        <source>%n feedback answers</source>
        <translation>
            <numerusform>%n feedbackantwoord</numerusform>
            <numerusform>%n feedbackantwoorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="69"/>
        <source>Added: %1.</source>
        <translation>Toegevoegd: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="71"/>
        <source>Nothing new was added: everything in the file is already here.</source>
        <translation>Er is niets nieuws toegevoegd: alles in het bestand staat hier al.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="74"/>
        <source>Already here, so skipped: %n items.</source>
        <translation>
            <numerusform>Stond hier al, dus overgeslagen: %n item.</numerusform>
            <numerusform>Stonden hier al, dus overgeslagen: %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="77"/>
        <source>Kept both: %n items in the file are different versions of yours (other words), so they were added beside yours. Nothing of yours was changed.</source>
        <translation>
            <numerusform>Allebei bewaard: %n item in het bestand is een andere versie van een van uw items (andere woorden), dus het is naast het uwe toegevoegd. Aan uw eigen items is niets veranderd.</numerusform>
            <numerusform>Allebei bewaard: %n items in het bestand zijn andere versies van uw items (andere woorden), dus ze zijn naast de uwe toegevoegd. Aan uw eigen items is niets veranderd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="82"/>
        <source>Could not be read, so skipped: %n items.</source>
        <translation>
            <numerusform>Kon niet worden gelezen, dus overgeslagen: %n item.</numerusform>
            <numerusform>Konden niet worden gelezen, dus overgeslagen: %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesController</name>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="59"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Markeren…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notitie bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <location filename="../app/ui/notes/notescontroller.cpp" line="77"/>
        <source>Change C&amp;olour</source>
        <translation>K&amp;leur wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation>Markering ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Undo Remove Highlight</source>
        <translation>Markering &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="65"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="68"/>
        <source>Highlight the selected passage, with a note if you like</source>
        <translation>De geselecteerde passage markeren, met een notitie als u wilt</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="78"/>
        <source>Change Colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="106"/>
        <source>Show your highlights and notes</source>
        <translation>Uw markeringen en notities tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="485"/>
        <source>That article is no longer in the library. Your notes on it are kept.</source>
        <translation>Dat artikel staat niet meer in de bibliotheek. Uw notities erbij blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="268"/>
        <source>Select a passage in the article first, then choose Highlight (%1).</source>
        <translation>Selecteer eerst een passage in het artikel en kies dan Markeren (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="274"/>
        <source>Highlights can be kept in articles only.</source>
        <translation>Markeringen kunnen alleen in artikelen worden bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="306"/>
        <source>Your highlight could not be saved. %1</source>
        <translation>Uw markering kon niet worden opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="312"/>
        <source>Highlighted. It is listed under Notes.</source>
        <translation>Gemarkeerd. U vindt de markering onder Notities.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="323"/>
        <source>Your note could not be saved. %1</source>
        <translation>Uw notitie kon niet worden opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="339"/>
        <source>The new colour could not be saved. %1</source>
        <translation>De nieuwe kleur kon niet worden opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="347"/>
        <source>The highlight could not be removed. %1</source>
        <translation>De markering kon niet worden verwijderd. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="500"/>
        <source>Removed the highlight %1.</source>
        <translation>Markering %1 verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="358"/>
        <source>Removed the highlight %1. Undo is in the Notes pane and the article&apos;s menu.</source>
        <translation>Markering %1 verwijderd. Ongedaan maken vindt u in het paneel Notities en in het menu van het artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="370"/>
        <source>The highlight could not be brought back. %1</source>
        <translation>De markering kon niet worden teruggezet. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="378"/>
        <source>The highlight is back.</source>
        <translation>De markering is terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="394"/>
        <source>That article is no longer in the library. Your highlight and note are kept here.</source>
        <translation>Dat artikel staat niet meer in de bibliotheek. Uw markering en notitie blijven hier bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="411"/>
        <source>This highlight could not be placed: the passage has changed since you marked it. Your quote is kept in the Notes pane.</source>
        <translation>Deze markering kon niet worden geplaatst: de passage is veranderd sinds u hem markeerde. Uw citaat blijft bewaard in het paneel Notities.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="429"/>
        <source>Your highlight: %1</source>
        <translation>Uw markering: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesPane</name>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <location filename="../app/ui/notes/notespane.cpp" line="59"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="28"/>
        <location filename="../app/ui/notes/notespane.cpp" line="63"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="29"/>
        <location filename="../app/ui/notes/notespane.cpp" line="232"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="35"/>
        <source>No highlights yet. Select a passage in an article, right-click it and choose Highlight… to keep it here with your own note.</source>
        <translation>Nog geen markeringen. Selecteer een passage in een artikel, klik er met de rechtermuisknop op en kies Markeren… om hem hier te bewaren met uw eigen notitie.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="50"/>
        <source>Notes and highlights</source>
        <translation>Notities en markeringen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="51"/>
        <source>Your highlights by article. Press Enter to show one in its article, Delete to remove it.</source>
        <translation>Uw markeringen per artikel. Druk op Enter om er een in het artikel te tonen, op Delete om hem te verwijderen.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="60"/>
        <source>Show the chosen highlight in its article</source>
        <translation>De gekozen markering in het artikel tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="61"/>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="62"/>
        <source>Change the chosen highlight&apos;s note or colour</source>
        <translation>De notitie of kleur van de gekozen markering wijzigen</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="64"/>
        <source>Remove the chosen highlight and its note (you can undo it)</source>
        <translation>De gekozen markering en de notitie erbij verwijderen (u kunt dit ongedaan maken)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="75"/>
        <source>Bring back the highlight you removed</source>
        <translation>De verwijderde markering terugzetten</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="134"/>
        <source>No longer in the library</source>
        <translation>Niet meer in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="140"/>
        <source>%1, no longer in the library</source>
        <translation>%1, niet meer in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="143"/>
        <source>Article. Press Enter to open it.</source>
        <translation>Artikel. Druk op Enter om het te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="144"/>
        <source>This article is not in this version of the library. Your highlights and notes on it are kept.</source>
        <translation>Dit artikel staat niet in deze versie van de bibliotheek. Uw markeringen en notities erbij blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="155"/>
        <source>Could not be placed</source>
        <translation>Kon niet worden geplaatst</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Notitie: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="171"/>
        <source>%1 highlight in %2: %3</source>
        <translation>Markering (%1) in %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="174"/>
        <source>The passage has changed since you marked it, so it is not shown in the article. Your quote is kept.</source>
        <translation>De passage is veranderd sinds u hem markeerde, dus hij wordt niet in het artikel getoond. Uw citaat blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesText</name>
    <message>
        <location filename="../app/ui/notes/notestext.cpp" line="27"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPagePainter</name>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="28"/>
        <source>The pages could not be read.</source>
        <translation>De pagina&apos;s konden niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="35"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="55"/>
        <source>The printer stopped after page %1.</source>
        <translation>De printer stopte na pagina %1.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPipeline</name>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="107"/>
        <source>%1, version %2</source>
        <translation>%1, versie %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="127"/>
        <source>No article was chosen.</source>
        <translation>Er is geen artikel gekozen.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="133"/>
        <source>There is no article called &quot;%1&quot;.</source>
        <translation>Er is geen artikel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="145"/>
        <source>Articles from Myelin</source>
        <translation>Artikelen uit Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="178"/>
        <source>This page cannot be printed.</source>
        <translation>Deze pagina kan niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="190"/>
        <source>Glossary: %1</source>
        <translation>Woordenlijst: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <source>Timeline: %1</source>
        <translation>Tijdlijn: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="201"/>
        <source>Quotes</source>
        <translation>Citaten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="214"/>
        <source>The handout has no articles. Add at least one.</source>
        <translation>De hand-out heeft geen artikelen. Voeg er minstens één toe.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="220"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Er is geen artikel met de naam &quot;%1&quot; in deze verzameling.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="223"/>
        <source>Information about MS</source>
        <translation>Informatie over MS</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="233"/>
        <source>Contents</source>
        <translation>Inhoudsopgave</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="263"/>
        <source>Glossary</source>
        <translation>Woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="268"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="289"/>
        <source>There are no questions to print.</source>
        <translation>Er zijn geen vragen om af te drukken.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="335"/>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>&quot;%1&quot; kon niet worden afgedrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="363"/>
        <source>The contents page could not be laid out.</source>
        <translation>De inhoudsopgave kon niet worden opgemaakt.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="393"/>
        <source>The PDF could not be put together: %1</source>
        <translation>De PDF kon niet worden samengesteld: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PrintController</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="52"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 kon niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="104"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="375"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
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
        <translation>Deze pagina afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>Save this page as a PDF file, ready to print or email</source>
        <translation>Deze pagina opslaan als PDF-bestand, klaar om af te drukken of te e-mailen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>Als &amp;webpagina (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>Save this article as one web page file that opens in any browser</source>
        <translation>Dit artikel opslaan als één webpaginabestand dat in elke browser opent</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>As Plain &amp;Text…</source>
        <translation>Als gewone &amp;tekst…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>Save this article as plain text</source>
        <translation>Dit artikel opslaan als gewone tekst</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Make a &amp;Handout…</source>
        <translation>&amp;Hand-out maken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Put several articles together into a booklet to print or save as PDF</source>
        <translation>Meerdere artikelen samenvoegen tot een boekje om af te drukken of als PDF op te slaan</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Exporteren als PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Export as Web Page</source>
        <translation>Exporteren als webpagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Web pages (*.html)</source>
        <translation>Webpagina&apos;s (*.html)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="127"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="135"/>
        <source>Cannot export</source>
        <translation>Kan niet exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Export as Plain Text</source>
        <translation>Exporteren als gewone tekst</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="142"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="145"/>
        <source>Paper &amp;Size</source>
        <translation>&amp;Papierformaat</translation>
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
        <translation>Afdrukken en exporteren op papierformaat %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="297"/>
        <source>Preparing the pages for printing…</source>
        <translation>De pagina&apos;s worden klaargemaakt om af te drukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="303"/>
        <source>Cannot print</source>
        <translation>Kan niet afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="315"/>
        <source>Preparing the handout&apos;s pages…</source>
        <translation>De pagina&apos;s van de hand-out worden klaargemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="321"/>
        <source>Cannot print the handout</source>
        <translation>Kan de hand-out niet afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="340"/>
        <source>Print Preview – %1</source>
        <translation>Afdrukvoorbeeld – %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="341"/>
        <source>Print preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="343"/>
        <source>%1. Choose Print to send them to a printer.</source>
        <translation>%1. Kies Afdrukken om ze naar een printer te sturen.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="374"/>
        <source>Choose a printer and print these pages</source>
        <translation>Een printer kiezen en deze pagina&apos;s afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="376"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="378"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="377"/>
        <source>Close the preview without printing</source>
        <translation>Het voorbeeld sluiten zonder af te drukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="403"/>
        <source>%1 ready to print.</source>
        <translation>%1 klaar om af te drukken.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="412"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 opgeslagen (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="419"/>
        <source>Cannot save the PDF</source>
        <translation>Kan de PDF niet opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="431"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="464"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="485"/>
        <source>Open an article first.</source>
        <translation>Open eerst een artikel.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="437"/>
        <source>Making the PDF…</source>
        <translation>De PDF wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="448"/>
        <location filename="../app/ui/print/printquestions.cpp" line="102"/>
        <source>Another PDF is being made; try again in a moment.</source>
        <translation>Er wordt al een andere PDF gemaakt; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="451"/>
        <source>Making the handout PDF…</source>
        <translation>De PDF van de hand-out wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="476"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="494"/>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="49"/>
        <source>Your questions take %1</source>
        <translation>Uw vragen beslaan %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="50"/>
        <source>Your %1 questions do not fit on one page at this text size (%2 pt). They take %3.</source>
        <translation>Uw %1 vragen passen bij deze tekstgrootte (%2 pt) niet op één pagina. Ze beslaan %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="57"/>
        <source>You can go on with %1, or cancel and tick off or delete some questions, or make the text smaller (ticked questions are left out).</source>
        <translation>U kunt doorgaan met %1, of annuleren en een paar vragen afvinken of verwijderen, of de tekst kleiner maken (afgevinkte vragen worden weggelaten).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="61"/>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="80"/>
        <source>Preparing your questions for printing…</source>
        <translation>Uw vragen worden klaargemaakt om af te drukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="83"/>
        <source>Cannot print your questions</source>
        <translation>Kan uw vragen niet afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>Save My Questions as PDF</source>
        <translation>Mijn vragen opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>my-questions</source>
        <translation>mijn-vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="105"/>
        <source>Making the PDF of your questions…</source>
        <translation>De PDF van uw vragen wordt gemaakt…</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionDialog</name>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="24"/>
        <source>Your &amp;question:</source>
        <translation>Uw &amp;vraag:</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="27"/>
        <source>Your question</source>
        <translation>Uw vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="28"/>
        <source>Enter saves it; Shift+Enter starts a new line</source>
        <translation>Enter slaat op; Shift+Enter begint een nieuwe regel</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionOrigin</name>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”: %2</source>
        <translation>Uit “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”</source>
        <translation>Uit “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="72"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (niet meer in de bibliotheek)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsController</name>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>Add to My &amp;Questions…</source>
        <translation>Aan mijn &amp;vragen toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>My &amp;Questions</source>
        <translation>Mijn &amp;vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="46"/>
        <source>Print M&amp;y Questions…</source>
        <translation>Mijn &amp;vragen afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="47"/>
        <source>Save My Questions as PD&amp;F…</source>
        <translation>Mijn vragen opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="50"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="53"/>
        <source>Save a question about this passage, heading or word for your next appointment</source>
        <translation>Een vraag over deze passage, deze kop of dit woord bewaren voor uw volgende afspraak</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="57"/>
        <source>Show your questions for your next appointment</source>
        <translation>Uw vragen voor uw volgende afspraak tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="72"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Uw vragen afdrukken op één pagina in grote letter, met ruimte voor de antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="74"/>
        <source>Save your questions as a one-page PDF in large print</source>
        <translation>Uw vragen opslaan als PDF van één pagina in grote letter</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="146"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="161"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="197"/>
        <source>Can you tell me more about %1?</source>
        <translation>Kunt u mij meer vertellen over %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="199"/>
        <source>Can you tell me more about this?</source>
        <translation>Kunt u mij hier meer over vertellen?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="223"/>
        <source>Add to My Questions</source>
        <translation>Aan mijn vragen toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="228"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="247"/>
        <source>The question could not be saved.</source>
        <translation>De vraag kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="232"/>
        <source>Added to your questions (the Questions tab).</source>
        <translation>Toegevoegd aan uw vragen (het tabblad Vragen).</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="243"/>
        <source>Edit Question</source>
        <translation>Vraag bewerken</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsPane</name>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="60"/>
        <source>Questions to ask at your next appointment.</source>
        <translation>Vragen om te stellen bij uw volgende afspraak.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add question</source>
        <translation>Vraag toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add the question typed above to the end of the list</source>
        <translation>De vraag die u hierboven hebt getypt achteraan de lijst toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="62"/>
        <source>No questions yet. Type one above, or right-click in an article and choose &quot;Add to My Questions&quot;.</source>
        <translation>Nog geen vragen. Typ er hierboven een, of klik met de rechtermuisknop in een artikel en kies &quot;Aan mijn vragen toevoegen&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move the chosen question one place earlier (Ctrl+Up)</source>
        <translation>De gekozen vraag één plaats naar voren zetten (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move Do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move the chosen question one place later (Ctrl+Down)</source>
        <translation>De gekozen vraag één plaats naar achteren zetten (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Change the chosen question&apos;s words (F2)</source>
        <translation>De woorden van de gekozen vraag wijzigen (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete the chosen question; you can undo it</source>
        <translation>De gekozen vraag verwijderen; u kunt dit ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>&amp;Open Page</source>
        <translation>Pagina &amp;openen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open page</source>
        <translation>Pagina openen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open the page the question came from (Enter)</source>
        <translation>De pagina openen waar de vraag vandaan komt (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Put the deleted question back (Ctrl+Z)</source>
        <translation>De verwijderde vraag terugzetten (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Hide this message; the question stays deleted</source>
        <translation>Deze melding verbergen; de vraag blijft verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>Print my questions</source>
        <translation>Mijn vragen afdrukken</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="76"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Uw vragen afdrukken op één pagina in grote letter, met ruimte voor de antwoorden</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save my questions as PDF</source>
        <translation>Mijn vragen opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save the same page as a PDF file</source>
        <translation>Dezelfde pagina opslaan als PDF-bestand</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="79"/>
        <source>Tick a question off when it has been answered: ticked ones are left out when you print.</source>
        <translation>Vink een vraag af als die beantwoord is: afgevinkte vragen worden weggelaten als u afdrukt.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="84"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="101"/>
        <location filename="../app/ui/questions/questionspane.cpp" line="102"/>
        <source>Type a question</source>
        <translation>Typ een vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="103"/>
        <source>Enter adds it to the end of the list</source>
        <translation>Enter zet de vraag achteraan de lijst</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="116"/>
        <source>My questions</source>
        <translation>Mijn vragen</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="117"/>
        <source>Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it</source>
        <translation>Spatie vinkt een vraag af, Enter opent de pagina ervan, F2 bewerkt, Delete verwijdert, Ctrl+Up en Ctrl+Down verplaatsen de vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="149"/>
        <source>Deleted question</source>
        <translation>Verwijderde vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="219"/>
        <source>Ticked off</source>
        <translation>Afgevinkt</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="274"/>
        <source>The question could not be saved.</source>
        <translation>De vraag kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="279"/>
        <source>Added to your questions.</source>
        <translation>Toegevoegd aan uw vragen.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="336"/>
        <source>The question could not be deleted.</source>
        <translation>De vraag kon niet worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="340"/>
        <source>Deleted: %1</source>
        <translation>Verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="342"/>
        <source>Question deleted. Undo puts it back.</source>
        <translation>Vraag verwijderd. Met Ongedaan maken zet u hem terug.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="352"/>
        <source>The question could not be put back.</source>
        <translation>De vraag kon niet worden teruggezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="358"/>
        <source>Question put back.</source>
        <translation>Vraag teruggezet.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="378"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="380"/>
        <source>This question was typed, not added from a page.</source>
        <translation>Deze vraag is getypt, niet vanaf een pagina toegevoegd.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ReadAloudController</name>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="41"/>
        <source>Slow</source>
        <translation>Langzaam</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="42"/>
        <source>A little slower</source>
        <translation>Iets langzamer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normaal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="44"/>
        <source>A little faster</source>
        <translation>Iets sneller</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="45"/>
        <source>Fast</source>
        <translation>Snel</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="464"/>
        <source>Listen</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="53"/>
        <source>&amp;Read aloud</source>
        <translation>&amp;Voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="54"/>
        <source>&amp;Voice</source>
        <translation>S&amp;tem</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="55"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="489"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Voorlezen stoppen (Esc of %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Stop reading aloud</source>
        <translation>Voorlezen stoppen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="83"/>
        <source>&amp;Speed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="99"/>
        <source>Read aloud controls</source>
        <translation>Knoppen voor voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="105"/>
        <source>Speed:</source>
        <translation>Snelheid:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="108"/>
        <source>Reading speed</source>
        <translation>Voorleessnelheid</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="109"/>
        <source>How fast the voice reads</source>
        <translation>Hoe snel de stem leest</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="114"/>
        <source>Voice:</source>
        <translation>Stem:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="117"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="118"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="529"/>
        <source>Which voice reads</source>
        <translation>Welke stem voorleest</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="127"/>
        <source>Reading progress</source>
        <translation>Voortgang van het voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="206"/>
        <source>The article is still opening. Try again in a moment.</source>
        <translation>Het artikel wordt nog geopend. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="219"/>
        <source>Starting the voice…</source>
        <translation>De stem wordt gestart…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="230"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="256"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="286"/>
        <source>Read aloud is not available.</source>
        <translation>Voorlezen is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="240"/>
        <source>There is no text to read on this page.</source>
        <translation>Er is geen tekst om voor te lezen op deze pagina.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="273"/>
        <source>Sentence %1 of %2</source>
        <translation>Zin %1 van %2</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="299"/>
        <source>Finished reading aloud.</source>
        <translation>Klaar met voorlezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="360"/>
        <source>Check that speakers or headphones are connected, switched on and not muted, then press Listen to try again.</source>
        <translation>Controleer of luidsprekers of koptelefoon zijn aangesloten, aanstaan en niet gedempt zijn, en druk dan op Luisteren om het opnieuw te proberen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="364"/>
        <source>Read aloud stopped: no sound could be played.</source>
        <translation>Voorlezen gestopt: er kon geen geluid worden afgespeeld.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="365"/>
        <source>Read aloud stopped because the voice started the sentence but could not finish it. This computer may have no working sound output.</source>
        <translation>Voorlezen gestopt omdat de stem de zin begon maar niet kon afmaken. Deze computer heeft misschien geen werkende geluidsuitvoer.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="369"/>
        <source>Read aloud stopped: the voice did not start.</source>
        <translation>Voorlezen gestopt: de stem begon niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="370"/>
        <source>Read aloud stopped because the voice did not start speaking. The speech engine may not be working, or this computer may have no working sound output.</source>
        <translation>Voorlezen gestopt omdat de stem niet begon te spreken. De spraaksoftware werkt misschien niet, of deze computer heeft geen werkende geluidsuitvoer.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="372"/>
        <source>If that does not help:</source>
        <translation>Als dat niet helpt:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="389"/>
        <source>Read aloud is not available</source>
        <translation>Voorlezen is niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="466"/>
        <source>Read the article aloud, from the selected text or from the top</source>
        <translation>Het artikel voorlezen, vanaf de geselecteerde tekst of vanaf het begin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="469"/>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="471"/>
        <source>Pause reading aloud</source>
        <translation>Voorlezen pauzeren</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="474"/>
        <source>Resume</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="476"/>
        <source>Go on reading aloud</source>
        <translation>Verder voorlezen</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Close the read aloud bar</source>
        <translation>De voorleesbalk sluiten</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="504"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="518"/>
        <source>Standard voice</source>
        <translation>Standaardstem</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="527"/>
        <source>Voices are listed once the speech engine has started</source>
        <translation>Stemmen worden getoond zodra de spraaksoftware is gestart</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RelatedPanel</name>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="22"/>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="35"/>
        <source>Related items</source>
        <translation>Verwante onderwerpen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="36"/>
        <source>Articles related to the open one. Press Enter to open one.</source>
        <translation>Artikelen die verwant zijn aan het geopende artikel. Druk op Enter om er een te openen.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RenderingController</name>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="160"/>
        <source>Page &amp;Drawing</source>
        <translation>Pagina&apos;s &amp;tekenen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>&amp;Automatic (recommended)</source>
        <translation>&amp;Automatisch (aanbevolen)</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>Use the graphics card when the computer has one</source>
        <translation>De videokaart gebruiken als de computer er een heeft</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="173"/>
        <source>Wit&amp;hout the Graphics Card</source>
        <translation>&amp;Zonder de videokaart</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="174"/>
        <source>Steadier and lighter on computers without a graphics card, such as virtual machines</source>
        <translation>Stabieler en lichter op computers zonder videokaart, zoals virtuele machines</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>&amp;With the Graphics Card</source>
        <translation>&amp;Met de videokaart</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>Always use the graphics card</source>
        <translation>Altijd de videokaart gebruiken</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="189"/>
        <source>Pages are now drawn without the graphics card</source>
        <translation>Pagina&apos;s worden nu getekend zonder de videokaart</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="190"/>
        <source>Pages are now drawn with the graphics card</source>
        <translation>Pagina&apos;s worden nu getekend met de videokaart</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="205"/>
        <source>Myelin will draw pages this way the next time it starts.</source>
        <translation>Myelin tekent pagina&apos;s op deze manier vanaf de volgende keer dat het start.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchBox</name>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="11"/>
        <source>Search articles, terms, events</source>
        <translation>Zoek in artikelen, begrippen, gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="12"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="14"/>
        <source>Type to search articles, glossary terms and timeline events. Results appear as you type; use the Up and Down keys to choose one and Enter to open it.</source>
        <translation>Typ om te zoeken in artikelen, begrippen uit de woordenlijst en gebeurtenissen op de tijdlijn. Resultaten verschijnen terwijl u typt; kies er een met de pijltoetsen omhoog en omlaag en open het met Enter.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="16"/>
        <source>Search articles, glossary terms and timeline events (Ctrl+K)</source>
        <translation>Zoeken in artikelen, begrippen uit de woordenlijst en gebeurtenissen op de tijdlijn (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchController</name>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="101"/>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="104"/>
        <source>Search articles, glossary terms and timeline events</source>
        <translation>Zoeken in artikelen, begrippen uit de woordenlijst en gebeurtenissen op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="107"/>
        <source>&amp;Find in This Page…</source>
        <translation>Zoeken op deze &amp;pagina…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="110"/>
        <source>Find words in the open page</source>
        <translation>Woorden zoeken op de geopende pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="113"/>
        <source>Find &amp;Next</source>
        <translation>Vol&amp;gende zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="115"/>
        <source>Go to the next match in the page</source>
        <translation>Naar de volgende treffer op de pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="121"/>
        <source>Find &amp;Previous</source>
        <translation>V&amp;orige zoeken</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="123"/>
        <source>Go to the previous match in the page</source>
        <translation>Naar de vorige treffer op de pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="194"/>
        <source>Search is not available: %1</source>
        <translation>Zoeken is niet beschikbaar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="208"/>
        <location filename="../app/ui/search/searchcontroller.cpp" line="403"/>
        <source>No page has all of these words. Pages with some of them:</source>
        <translation>Geen enkele pagina bevat al deze woorden. Pagina&apos;s met een deel ervan:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="219"/>
        <source>Show all results for %1</source>
        <translation>Alle resultaten voor %1 tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="224"/>
        <source>No results for %1. Check the spelling, or try fewer or other words.</source>
        <translation>Geen resultaten voor %1. Controleer de spelling, of probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="348"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="367"/>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="368"/>
        <source>Glossary terms</source>
        <translation>Begrippen uit de woordenlijst</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="369"/>
        <source>Timeline events</source>
        <translation>Gebeurtenissen op de tijdlijn</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="379"/>
        <source>%1 or more</source>
        <translation>%1 of meer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="380"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="388"/>
        <source>Your notes and questions (%1)</source>
        <translation>Uw notities en vragen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="410"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchPopup</name>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="25"/>
        <location filename="../app/ui/search/searchpopup.cpp" line="36"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="37"/>
        <source>Use the Up and Down keys in the search field to choose, Enter to open.</source>
        <translation>Kies met de pijltoetsen omhoog en omlaag in het zoekveld, open met Enter.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="78"/>
        <source>More in the glossary →</source>
        <translation>Meer in de woordenlijst →</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="86"/>
        <source>Did you mean: &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Bedoelde u: &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsModel</name>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="29"/>
        <source>Your question</source>
        <translation>Uw vraag</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your note</source>
        <translation>Uw notitie</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your highlight</source>
        <translation>Uw markering</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="43"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="79"/>
        <source>in “%1”</source>
        <translation>in “%1”</translation>
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
        <translation>Uitleg: %1. %2 Meer in de woordenlijst.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Bedoelde u: %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="96"/>
        <source>Definition</source>
        <translation>Uitleg</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsPanel</name>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="17"/>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="30"/>
        <source>All search results</source>
        <translation>Alle zoekresultaten</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="20"/>
        <source>Search results summary</source>
        <translation>Samenvatting van de zoekresultaten</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="32"/>
        <source>Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one.</source>
        <translation>Artikelen, begrippen uit de woordenlijst, gebeurtenissen op de tijdlijn en uw eigen notities en vragen. Druk op Enter om er een te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="47"/>
        <source>No results for “%1”.</source>
        <translation>Geen resultaten voor “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/search/searchresultspanel.cpp" line="49"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n resultaat voor “%1”</numerusform>
            <numerusform>%n resultaten voor “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SidePanes</name>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="43"/>
        <location filename="../app/ui/shell/sidepanes.cpp" line="45"/>
        <source>Side panes</source>
        <translation>Zijpanelen</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="53"/>
        <source>Side pane</source>
        <translation>Zijpaneel</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="54"/>
        <source>Choose what is shown beside the article.</source>
        <translation>Kies wat er naast het artikel wordt getoond.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="93"/>
        <source>Shows the %1 pane beside the article.</source>
        <translation>Toont het paneel %1 naast het artikel.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SpeechBackend</name>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="87"/>
        <source>Read aloud needs a speech engine, and none is installed.</source>
        <translation>Voorlezen heeft spraaksoftware nodig, en die is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="90"/>
        <source>Read aloud needs the speech engine &quot;%1&quot;, which is not installed.</source>
        <translation>Voorlezen heeft de spraaksoftware &quot;%1&quot; nodig, en die is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="96"/>
        <source>The speech engine could not start (%1).</source>
        <translation>De spraaksoftware kon niet starten (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="100"/>
        <source>The speech engine has no voices to read with.</source>
        <translation>De spraaksoftware heeft geen stemmen om mee voor te lezen.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="157"/>
        <source>The voice could not be played%1: this computer may have no working sound output. Check that speakers or headphones are connected, switched on and not muted, then start Myelin again.</source>
        <translation>De stem kon niet worden afgespeeld%1: deze computer heeft misschien geen werkende geluidsuitvoer. Controleer of luidsprekers of koptelefoon zijn aangesloten, aanstaan en niet gedempt zijn, en start Myelin dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="163"/>
        <source>The speech engine stopped with an error%1.</source>
        <translation>De spraaksoftware stopte met een fout%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="35"/>
        <source>This copy of Myelin was built without read aloud, because Qt TextToSpeech was missing when it was built. To build it with read aloud, install qt6-speech-dev, then %1</source>
        <translation>Deze versie van Myelin is gebouwd zonder voorlezen, omdat Qt TextToSpeech ontbrak toen hij werd gebouwd. Om hem met voorlezen te bouwen, installeert u qt6-speech-dev en daarna %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="72"/>
        <source>Check that Windows has a voice for your language (Settings &gt; Time &amp; language &gt; Speech), then start Myelin again.</source>
        <translation>Controleer of Windows een stem heeft voor uw taal (Instellingen &gt; Tijd en taal &gt; Spraak), en start Myelin dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="77"/>
        <source>Check that macOS has a voice for your language (System Settings &gt; Accessibility &gt; Spoken Content &gt; System voice), then start Myelin again.</source>
        <translation>Controleer of macOS een stem heeft voor uw taal (Systeeminstellingen &gt; Toegankelijkheid &gt; Gesproken materiaal &gt; Systeemstem), en start Myelin dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="82"/>
        <source>Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), then start Myelin again.</source>
        <translation>Installeer speech-dispatcher en espeak-ng (op Debian of Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), en start Myelin dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::UpdateController</name>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="59"/>
        <source>&amp;Update Content…</source>
        <translation>Inhoud &amp;bijwerken…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="61"/>
        <source>Install a content update (.myelinpack file) from a USB stick, an email or a download</source>
        <translation>Een inhoudsupdate (.myelinpack-bestand) installeren vanaf een USB-stick, uit een e-mail of van een download</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="66"/>
        <source>Update Content</source>
        <translation>Inhoud bijwerken</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="67"/>
        <source>Myelin content updates (*.%1)</source>
        <translation>Inhoudsupdates voor Myelin (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="72"/>
        <source>&amp;Go Back to Previous Content…</source>
        <translation>&amp;Terug naar vorige inhoud…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="74"/>
        <source>Undo the last content update and show the content used before it</source>
        <translation>De laatste inhoudsupdate ongedaan maken en de inhoud van daarvoor tonen</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="77"/>
        <source>&amp;What&apos;s New in the Content</source>
        <translation>&amp;Nieuw in de inhoud</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="79"/>
        <source>List the articles the last content update added, changed and removed</source>
        <translation>De artikelen tonen die de laatste inhoudsupdate heeft toegevoegd, gewijzigd en verwijderd</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="110"/>
        <source>Content update not used</source>
        <translation>Inhoudsupdate niet gebruikt</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Go Back to Older Content?</source>
        <translation>Terug naar oudere inhoud?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Install Content Update?</source>
        <translation>Inhoudsupdate installeren?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="155"/>
        <source>This pack holds content version %1, which is not newer than the content you have (%2). Articles corrected since then will go back to their older text.</source>
        <translation>Dit pakket bevat inhoudsversie %1, die niet nieuwer is dan de inhoud die u hebt (%2). Artikelen die sindsdien zijn verbeterd, krijgen weer hun oudere tekst.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="158"/>
        <source>Install content version %1, reviewed up to %2?</source>
        <translation>Inhoudsversie %1 installeren, gecontroleerd tot %2?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="162"/>
        <source>Collection: %1</source>
        <translation>Verzameling: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="163"/>
        <source>Signed by: %1 (key %2). The signature was checked.</source>
        <translation>Ondertekend door: %1 (sleutel %2). De handtekening is gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="166"/>
        <source>Since version %1: %2 new, %3 changed and %4 removed articles.</source>
        <translation>Sinds versie %1: %2 nieuwe, %3 gewijzigde en %4 verwijderde artikelen.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="172"/>
        <source>You now have version %1 (%2). You can go back to it later (File &gt; Go Back to Previous Content). Your bookmarks, notes and settings are not changed.</source>
        <translation>U hebt nu versie %1 (%2). U kunt daar later naar teruggaan (Bestand &gt; Terug naar vorige inhoud). Uw bladwijzers, notities en instellingen veranderen niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>New:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>Changed:</source>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="181"/>
        <source>Removed:</source>
        <translation>Verwijderd:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Go Back to Version %1</source>
        <translation>Terug naar versie %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Install Update</source>
        <translation>Update installeren</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="199"/>
        <source>Checking the content update %1…</source>
        <translation>De inhoudsupdate %1 wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="210"/>
        <source>Content update refused</source>
        <translation>Inhoudsupdate geweigerd</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="214"/>
        <source>The content was not changed.</source>
        <translation>De inhoud is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="219"/>
        <source>The content update %1 could not be installed, and the content was not changed: %2</source>
        <translation>De inhoudsupdate %1 kon niet worden geïnstalleerd, en de inhoud is niet gewijzigd: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="222"/>
        <source>Content update failed</source>
        <translation>Inhoudsupdate mislukt</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="237"/>
        <source>content version %1 (%2)</source>
        <translation>inhoudsversie %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="238"/>
        <source>the content that came with Myelin</source>
        <translation>de inhoud waarmee Myelin is geleverd</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="239"/>
        <source>Go back to %1? The update in use now is removed; your bookmarks, notes and settings are not changed.</source>
        <translation>Teruggaan naar %1? De update die nu in gebruik is, wordt verwijderd; uw bladwijzers, notities en instellingen veranderen niet.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="246"/>
        <source>Go Back to Previous Content?</source>
        <translation>Terug naar vorige inhoud?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="254"/>
        <source>Could not go back to the previous content: %1</source>
        <translation>Kon niet teruggaan naar de vorige inhoud: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="256"/>
        <source>Content not changed</source>
        <translation>Inhoud niet gewijzigd</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::WhatsNewDialog</name>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="26"/>
        <source>reviewed %1</source>
        <translation>gecontroleerd op %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="40"/>
        <source>The content is now version %1.</source>
        <translation>De inhoud is nu versie %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="41"/>
        <source>The content was updated from version %1 to version %2.</source>
        <translation>De inhoud is bijgewerkt van versie %1 naar versie %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="44"/>
        <source>No article was added, changed or removed.</source>
        <translation>Er is geen artikel toegevoegd, gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="46"/>
        <source>New articles (%1)</source>
        <translation>Nieuwe artikelen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="47"/>
        <source>Changed articles (%1)</source>
        <translation>Gewijzigde artikelen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="48"/>
        <source>Removed articles (%1)</source>
        <translation>Verwijderde artikelen (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="56"/>
        <source>What&apos;s New in the Content</source>
        <translation>Nieuw in de inhoud</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="58"/>
        <source>The articles the last content update added, changed and removed. Press Tab to move between the articles, Enter to open one.</source>
        <translation>De artikelen die de laatste inhoudsupdate heeft toegevoegd, gewijzigd en verwijderd. Druk op Tab om tussen de artikelen te gaan, op Enter om er een te openen.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="61"/>
        <source>What&apos;s new: the articles added, changed and removed</source>
        <translation>Wat is er nieuw: de toegevoegde, gewijzigde en verwijderde artikelen</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="70"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::ContentStore</name>
    <message>
        <location filename="../app/update/contentstore.cpp" line="132"/>
        <source>cannot copy %1 to %2.</source>
        <translation>kan %1 niet kopiëren naar %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="144"/>
        <location filename="../app/update/contentstore.cpp" line="260"/>
        <source>cannot write %1 (%2).</source>
        <translation>kan %1 niet schrijven (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="160"/>
        <location filename="../app/update/contentstore.cpp" line="391"/>
        <location filename="../app/update/contentstore.cpp" line="455"/>
        <source>cannot rename %1 to %2.</source>
        <translation>kan de naam van %1 niet wijzigen in %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="180"/>
        <source>bundled with Myelin</source>
        <translation>meegeleverd met Myelin</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="182"/>
        <source>from the file given on the command line</source>
        <translation>uit het bestand dat op de opdrachtregel is opgegeven</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>from the update pack %1, installed %2</source>
        <translation>uit het updatepakket %1, geïnstalleerd op %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="274"/>
        <source>The installed content update cannot be used: its record (%1) is missing or damaged. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>De geïnstalleerde inhoudsupdate kan niet worden gebruikt: de registratie ervan (%1) ontbreekt of is beschadigd. Myelin toont de inhoud waarmee het is geleverd; installeer de update opnieuw om hem te gebruiken.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="285"/>
        <source>The installed content update (version %1) is missing from %2. Myelin shows the content it came with.</source>
        <translation>De geïnstalleerde inhoudsupdate (versie %1) ontbreekt in %2. Myelin toont de inhoud waarmee het is geleverd.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="303"/>
        <source>The installed content update (version %1) is damaged: its file %2 has changed. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>De geïnstalleerde inhoudsupdate (versie %1) is beschadigd: het bestand %2 ervan is veranderd. Myelin toont de inhoud waarmee het is geleverd; installeer de update opnieuw om hem te gebruiken.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="312"/>
        <source>The installed content update (version %1) cannot be used. Myelin shows the content it came with. %2</source>
        <translation>De geïnstalleerde inhoudsupdate (versie %1) kan niet worden gebruikt. Myelin toont de inhoud waarmee het is geleverd. %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="332"/>
        <source>the pack was not checked.</source>
        <translation>het pakket is niet gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="336"/>
        <source>cannot make the folder %1.</source>
        <translation>kan de map %1 niet maken.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="357"/>
        <source>the copy in %1 does not match the pack (is the disk full or failing?).</source>
        <translation>de kopie in %1 komt niet overeen met het pakket (is de schijf vol of defect?).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="438"/>
        <source>there is no content update to go back from.</source>
        <translation>er is geen inhoudsupdate om van terug te gaan.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="447"/>
        <source>the previous content (%1) is damaged.</source>
        <translation>de vorige inhoud (%1) is beschadigd.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Manifest</name>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="30"/>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>de lijst &quot;%1&quot; ontbreekt.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="35"/>
        <source>the list &quot;%1&quot; is too long.</source>
        <translation>de lijst &quot;%1&quot; is te lang.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="44"/>
        <source>an entry of the list &quot;%1&quot; is not an article (slug, title, reviewed date).</source>
        <translation>een item in de lijst &quot;%1&quot; is geen artikel (slug, titel, datum van controle).</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="122"/>
        <source>its manifest is too large.</source>
        <translation>het manifest is te groot.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="128"/>
        <source>its manifest is not valid JSON.</source>
        <translation>het manifest is geen geldige JSON.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="133"/>
        <source>its manifest is not a Myelin content pack manifest.</source>
        <translation>het manifest is geen manifest van een Myelin-inhoudspakket.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="139"/>
        <source>it is a newer kind of content pack (format %1); this Myelin reads format %2. Install a newer Myelin.</source>
        <translation>het is een nieuwer soort inhoudspakket (formaat %1); deze Myelin leest formaat %2. Installeer een nieuwere Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="143"/>
        <source>its manifest has an unknown format version.</source>
        <translation>het manifest heeft een onbekende formaatversie.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="160"/>
        <source>its manifest has an unknown field &quot;%1&quot;.</source>
        <translation>het manifest heeft een onbekend veld &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="180"/>
        <source>its manifest is incomplete or has a field of the wrong kind.</source>
        <translation>het manifest is onvolledig of heeft een veld van het verkeerde soort.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackCheck</name>
    <message>
        <location filename="../app/update/packcheck.cpp" line="66"/>
        <source>The content pack %1 was not accepted: %2</source>
        <translation>Het inhoudspakket %1 is niet geaccepteerd: %2</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="73"/>
        <source>the signature checker (libsodium) could not start.</source>
        <translation>de handtekeningcontrole (libsodium) kon niet starten.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="76"/>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="91"/>
        <source>its signature file has been changed.</source>
        <translation>het handtekeningbestand is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="92"/>
        <source>its signature is damaged: %1</source>
        <translation>de handtekening is beschadigd: %1</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="97"/>
        <source>it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin project, or from a key you chose to trust, can be installed.</source>
        <translation>het is ondertekend met een sleutel die deze Myelin niet kent (sleutel %1). Alleen pakketten van het Myelin-project, of met een sleutel die u zelf vertrouwt, kunnen worden geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="102"/>
        <source>it is signed with a key that has been withdrawn (%1). Get a newer pack from the Myelin project.</source>
        <translation>het is ondertekend met een sleutel die is ingetrokken (%1). Haal een nieuwer pakket bij het Myelin-project.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="107"/>
        <source>its signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>de handtekening past niet bij de inhoud: het pakket is gewijzigd of beschadigd nadat het werd ondertekend.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="120"/>
        <source>it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). Install a newer Myelin first.</source>
        <translation>het is gemaakt voor een nieuwere Myelin (inhoudsschema %1; deze Myelin leest schema %2). Installeer eerst een nieuwere Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="124"/>
        <source>it is made for an older Myelin (content schema %1; this Myelin reads schema %2).</source>
        <translation>het is gemaakt voor een oudere Myelin (inhoudsschema %1; deze Myelin leest schema %2).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="130"/>
        <source>its database is not the one its manifest describes (the sizes differ).</source>
        <translation>de database is niet degene die het manifest beschrijft (de groottes verschillen).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="136"/>
        <source>no temporary folder could be made to check it in.</source>
        <translation>er kon geen tijdelijke map worden gemaakt om het in te controleren.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="145"/>
        <source>its database is not the one its manifest describes (the hashes differ): it was changed or damaged after it was signed.</source>
        <translation>de database is niet degene die het manifest beschrijft (de hashes verschillen): het pakket is gewijzigd of beschadigd nadat het werd ondertekend.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="149"/>
        <source>its database fails SQLite&apos;s integrity check (%1).</source>
        <translation>de database doorstaat de integriteitscontrole van SQLite niet (%1).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="160"/>
        <source>its database holds content version &quot;%1&quot;, not %2 as its manifest says.</source>
        <translation>de database bevat inhoudsversie &quot;%1&quot;, niet %2 zoals het manifest zegt.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="170"/>
        <source>it holds content version %1, which is the version already in use.</source>
        <translation>het bevat inhoudsversie %1, en dat is de versie die al in gebruik is.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="172"/>
        <source>it holds content version %1, which is older than the version in use (%2). Choose to go back if you mean to install older content.</source>
        <translation>het bevat inhoudsversie %1, die ouder is dan de versie in gebruik (%2). Kies ervoor terug te gaan als u oudere inhoud wilt installeren.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackFile</name>
    <message>
        <location filename="../app/update/packfile.cpp" line="78"/>
        <source>the file is cut short (it ends inside the pack&apos;s list of files).</source>
        <translation>het bestand is afgebroken (het eindigt midden in de lijst met bestanden van het pakket).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="84"/>
        <source>the pack&apos;s entry for %1 is damaged or not where it should be.</source>
        <translation>het item voor %1 in het pakket is beschadigd of staat niet waar het hoort.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="89"/>
        <source>%1 in the pack has an impossible size.</source>
        <translation>%1 in het pakket heeft een onmogelijke grootte.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="93"/>
        <location filename="../app/update/packfile.cpp" line="200"/>
        <source>the file is cut short (%1 is incomplete).</source>
        <translation>het bestand is afgebroken (%1 is onvolledig).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="114"/>
        <location filename="../app/update/packfile.cpp" line="165"/>
        <source>the pack&apos;s entry for %1 is damaged.</source>
        <translation>het item voor %1 in het pakket is beschadigd.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="131"/>
        <location filename="../app/update/packfile.cpp" line="186"/>
        <source>the file cannot be read.</source>
        <translation>het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="136"/>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="137"/>
        <source>it is not a Myelin content pack (it is too short to be one).</source>
        <translation>het is geen inhoudspakket van Myelin (het is daarvoor te kort).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="143"/>
        <source>it is not a Myelin content pack.</source>
        <translation>het is geen inhoudspakket van Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="170"/>
        <source>the file is cut short (the end of the pack is missing).</source>
        <translation>het bestand is afgebroken (het einde van het pakket ontbreekt).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="174"/>
        <source>the pack has unexpected bytes after its files.</source>
        <translation>het pakket heeft onverwachte bytes na de bestanden.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="190"/>
        <location filename="../app/update/packfile.cpp" line="205"/>
        <location filename="../app/update/packfile.cpp" line="211"/>
        <location filename="../app/update/packfile.cpp" line="229"/>
        <location filename="../app/update/packfile.cpp" line="249"/>
        <source>cannot write %1 (%2).</source>
        <translation>kan %1 niet schrijven (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="224"/>
        <source>cannot read %1 (%2).</source>
        <translation>kan %1 niet lezen (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PublicKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="152"/>
        <source>it is not a minisign public key (two lines: a comment and the key).</source>
        <translation>het is geen openbare minisign-sleutel (twee regels: een opmerking en de sleutel).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="159"/>
        <source>it is not a minisign public key (the key line is not 56 characters of base64).</source>
        <translation>het is geen openbare minisign-sleutel (de sleutelregel is geen 56 tekens base64).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="163"/>
        <source>it is not an Ed25519 minisign public key.</source>
        <translation>het is geen openbare Ed25519-minisign-sleutel.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::SecretKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="218"/>
        <source>it is not a minisign secret key file.</source>
        <translation>het is geen bestand met een geheime minisign-sleutel.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="225"/>
        <source>it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and scrypt encryption).</source>
        <translation>het gebruikt een algoritme dat Myelin niet kent (alleen Ed25519-sleutels, BLAKE2b-controlesommen en scrypt-versleuteling).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="234"/>
        <source>the key is encrypted and no password was given.</source>
        <translation>de sleutel is versleuteld en er is geen wachtwoord opgegeven.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="241"/>
        <source>the key asks for more memory than a key may need to be decrypted.</source>
        <translation>de sleutel vraagt meer geheugen om te ontsleutelen dan een sleutel mag.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="248"/>
        <source>the key could not be decrypted (out of memory).</source>
        <translation>de sleutel kon niet worden ontsleuteld (geen geheugen meer).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="269"/>
        <source>the password is wrong, or the key file is damaged.</source>
        <translation>het wachtwoord is onjuist, of het sleutelbestand is beschadigd.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="270"/>
        <source>the key file is damaged (its checksum or key pair does not match).</source>
        <translation>het sleutelbestand is beschadigd (de controlesom of het sleutelpaar klopt niet).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Signature</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="286"/>
        <source>it is not a minisign signature (four lines).</source>
        <translation>het is geen minisign-handtekening (vier regels).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="293"/>
        <source>it is not a minisign signature (its comment lines are wrong).</source>
        <translation>het is geen minisign-handtekening (de opmerkingsregels kloppen niet).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="299"/>
        <source>it is not a minisign Ed25519 signature (a signature line is not valid).</source>
        <translation>het is geen Ed25519-minisign-handtekening (een handtekeningregel is ongeldig).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::TrustedKeys</name>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="42"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Kan de openbare sleutel %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="48"/>
        <source>Cannot use the public key %1: %2</source>
        <translation>Kan de openbare sleutel %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="51"/>
        <source>%1 (key %2, trusted for this run)</source>
        <translation>%1 (sleutel %2, alleen voor deze keer vertrouwd)</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataErase</name>
    <message>
        <location filename="../app/userdata/userdataerase.cpp" line="53"/>
        <source>Nothing was deleted. %1</source>
        <translation>Er is niets verwijderd. %1</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataExport</name>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="166"/>
        <source>Cannot read your data file %1: %2</source>
        <translation>Kan uw gegevensbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="204"/>
        <location filename="../app/userdata/userdataexport.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataImport</name>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="441"/>
        <source>This file is not a Myelin data export.</source>
        <translation>Dit bestand is geen export van Myelin-gegevens.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="446"/>
        <source>This file is not a Myelin data export: it has no format version.</source>
        <translation>Dit bestand is geen export van Myelin-gegevens: het heeft geen formaatversie.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="451"/>
        <source>This file was exported by a newer version of Myelin (format version %1; this Myelin reads version %2). Nothing was imported.</source>
        <translation>Dit bestand is geëxporteerd door een nieuwere versie van Myelin (formaatversie %1; deze Myelin leest versie %2). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="482"/>
        <source>Nothing was imported. %1</source>
        <translation>Er is niets geïmporteerd. %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="510"/>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="516"/>
        <source>%1 is too large to be a Myelin data export.</source>
        <translation>%1 is te groot voor een export van Myelin-gegevens.</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataProblem</name>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="78"/>
        <source>Your disk is full: this change was not saved; what you saved before is kept. Free some space on the disk that holds your data file %1 and try again.</source>
        <translation>Uw schijf is vol: deze wijziging is niet opgeslagen; wat u eerder hebt opgeslagen, blijft bewaard. Maak wat ruimte vrij op de schijf met uw gegevensbestand %1 en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="84"/>
        <source>Your data file %1 cannot be changed (the file or its folder is read-only): this change was not saved; what you saved before is kept.</source>
        <translation>Uw gegevensbestand %1 kan niet worden gewijzigd (het bestand of de map is alleen-lezen): deze wijziging is niet opgeslagen; wat u eerder hebt opgeslagen, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="90"/>
        <source>The disk could not write your data file %1 (the disk may be failing or was removed): this change was not saved; what you saved before is kept.</source>
        <translation>De schijf kon uw gegevensbestand %1 niet schrijven (de schijf is misschien defect of losgekoppeld): deze wijziging is niet opgeslagen; wat u eerder hebt opgeslagen, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="96"/>
        <source>Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the damaged file aside, unchanged, and start a new one.</source>
        <translation>Uw gegevensbestand %1 is beschadigd: deze wijziging is niet opgeslagen. Start Myelin opnieuw: het zet het beschadigde bestand ongewijzigd apart en begint een nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="102"/>
        <source>Your data file %1 is in use by another program (perhaps another Myelin): this change was not saved; what you saved before is kept. Try again in a moment.</source>
        <translation>Uw gegevensbestand %1 wordt gebruikt door een ander programma (misschien een andere Myelin): deze wijziging is niet opgeslagen; wat u eerder hebt opgeslagen, blijft bewaard. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="111"/>
        <source>Cannot save to your data file %1: %2</source>
        <translation>Kan niet opslaan in uw gegevensbestand %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="119"/>
        <source>it is a link to a file that does not exist</source>
        <translation>het is een koppeling naar een bestand dat niet bestaat</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="124"/>
        <source>it is a folder, not a file</source>
        <translation>het is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="127"/>
        <source>it is not an ordinary file</source>
        <translation>het is geen gewoon bestand</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="130"/>
        <source>Myelin is not allowed to read it</source>
        <translation>Myelin mag het niet lezen</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDatabase</name>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="271"/>
        <location filename="../app/userdata/userdatabase.cpp" line="276"/>
        <location filename="../app/userdata/userdatabase.cpp" line="288"/>
        <source>Cannot open your data file %1: %2</source>
        <translation>Kan uw gegevensbestand %1 niet openen: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="261"/>
        <source>Your data file %1 was written by a newer version of Myelin; it is left untouched.</source>
        <translation>Uw gegevensbestand %1 is geschreven door een nieuwere versie van Myelin; het blijft onaangeroerd.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="135"/>
        <source>it is damaged</source>
        <translation>het is beschadigd</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="143"/>
        <source>Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, and changes you make now will not be saved.</source>
        <translation>Myelin kan uw gegevensbestand %1 niet lezen (%2) en kon het niet apart zetten. Het blijft zoals het is, en wat u nu verandert, wordt niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="151"/>
        <source>Myelin could not read your data file (%2), so it has started a new, empty one.

The old file is kept, unchanged, beside the new one. Keep it if you want help to recover what was in it.

Old file: %3
New file: %1</source>
        <translation>Myelin kon uw gegevensbestand niet lezen (%2) en is daarom met een nieuw, leeg bestand begonnen.

Het oude bestand blijft ongewijzigd bewaard, naast het nieuwe. Bewaar het als u hulp wilt om terug te halen wat erin stond.

Oud bestand: %3
Nieuw bestand: %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="248"/>
        <location filename="../app/userdata/userdatabase.cpp" line="292"/>
        <source>Your data file %1 is damaged: %2</source>
        <translation>Uw gegevensbestand %1 is beschadigd: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="309"/>
        <source>Cannot set up your data file %1: %2</source>
        <translation>Kan uw gegevensbestand %1 niet klaarmaken: %2</translation>
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
        <translation>Inhoud %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="52"/>
        <source>Content %1, reviewed up to %2</source>
        <translation>Inhoud %1, gecontroleerd tot %2</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="59"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (gebouwd met Qt %2)</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="86"/>
        <source>windows, text, the database connection</source>
        <translation>vensters, tekst, de databaseverbinding</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>BSD-style and others</source>
        <translation>BSD-achtig en andere</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>shows the articles</source>
        <translation>toont de artikelen</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>public domain</source>
        <translation>publiek domein</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>stores the articles</source>
        <translation>slaat de artikelen op</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="89"/>
        <source>turns the articles&apos; Markdown into pages</source>
        <translation>zet de Markdown van de artikelen om in pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="90"/>
        <source>reads the glossary, timeline and quotes</source>
        <translation>leest de woordenlijst, tijdlijn en citaten</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="91"/>
        <source>checks the articles&apos; HTML</source>
        <translation>controleert de HTML van de artikelen</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="92"/>
        <source>puts the pages of printed handouts together</source>
        <translation>stelt de pagina&apos;s van afgedrukte hand-outs samen</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="93"/>
        <source>checks the signatures of content updates</source>
        <translation>controleert de handtekeningen van inhoudsupdates</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="129"/>
        <source>from the file %1</source>
        <translation>uit het bestand %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="130"/>
        <source>bundled with Myelin</source>
        <translation>meegeleverd met Myelin</translation>
    </message>
</context>
<context>
    <name>Myelin::Web</name>
    <message>
        <location filename="../app/web/sandboxcheck.cpp" line="19"/>
        <source>Myelin cannot run as the administrator (root): the part that shows the articles refuses to, to keep the computer safe. Start Myelin as your usual user.</source>
        <translation>Myelin kan niet worden uitgevoerd als beheerder (root): het onderdeel dat de artikelen toont, weigert dat, om de computer veilig te houden. Start Myelin als uw gewone gebruiker.</translation>
    </message>
</context>
<context>
    <name>PdfComposer</name>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="27"/>
        <source>Myelin&apos;s PDF tools (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>De pdf-hulpmiddelen van Myelin (%1) kunnen niet worden geladen: %2. Installeer Myelin opnieuw.</translation>
    </message>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="77"/>
        <source>it is version %1, this Myelin needs version %2</source>
        <translation>ze hebben versie %1, deze Myelin heeft versie %2 nodig</translation>
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
        <translation>Staand</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="357"/>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="359"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Myelin cannot start</source>
        <translation>Myelin kan niet starten</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Myelin: an offline reader about multiple sclerosis.</source>
        <translation>Myelin: een offline lezer over multiple sclerose.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Show the versions of Myelin, its content and Qt.</source>
        <translation>De versies van Myelin, de inhoud en Qt tonen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Open the article &lt;slug&gt;.</source>
        <translation>Het artikel &lt;slug&gt; openen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Read the content database &lt;file&gt;.</source>
        <translation>De inhoudsdatabase &lt;file&gt; lezen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>A content update (.myelinpack) to install.</source>
        <translation>Een inhoudsupdate (.myelinpack) om te installeren.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="108"/>
        <source>Content not changed</source>
        <translation>Inhoud niet gewijzigd</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="49"/>
        <source>The content database %1 holds no articles.</source>
        <translation>De inhoudsdatabase %1 bevat geen artikelen.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="51"/>
        <source>The content database %1 holds %2 articles but no first page (every article has a parent). Install the content again.</source>
        <translation>De inhoudsdatabase %1 bevat %2 artikelen maar geen eerste pagina (elk artikel heeft een bovenliggend artikel). Installeer de inhoud opnieuw.</translation>
    </message>
</context>
</TS>
