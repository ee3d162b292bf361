<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="28"/>
        <source>Myelin&apos;s article viewer (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Impossibile caricare il visualizzatore di articoli di Myelin (%1): %2. Reinstallare Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="40"/>
        <source>the file is missing</source>
        <translation>il file non c&apos;è</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="43"/>
        <source>it is not a file this user can read</source>
        <translation>non è un file che questo utente può leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="68"/>
        <source>it is from Myelin %1, this is %2</source>
        <translation>viene da Myelin %1, questo è %2</translation>
    </message>
</context>
<context>
    <name>Myelin::ArticleRenderer</name>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="69"/>
        <source>Strong evidence</source>
        <translation>Prove solide</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="72"/>
        <source>Emerging evidence</source>
        <translation>Prove emergenti</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="75"/>
        <source>Mixed evidence</source>
        <translation>Prove contrastanti</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="78"/>
        <source>Not supported by good studies</source>
        <translation>Non supportato da buoni studi</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="81"/>
        <source>Not properly tested</source>
        <translation>Non verificato in modo adeguato</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="89"/>
        <source>Many good studies agree on the main points of this article.</source>
        <translation>Molti buoni studi concordano sui punti principali di questo articolo.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="92"/>
        <source>Early or growing evidence supports the main points; more research is under way.</source>
        <translation>Prove iniziali o in crescita sostengono i punti principali; altre ricerche sono in corso.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="95"/>
        <source>Good studies disagree about some of the main points of this article.</source>
        <translation>Buoni studi non sono d&apos;accordo su alcuni punti principali di questo articolo.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="98"/>
        <source>The idea in this article was tested in good studies, and they did not support it.</source>
        <translation>L&apos;idea di questo articolo è stata verificata in buoni studi, che non l&apos;hanno confermata.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="101"/>
        <source>The idea in this article has not been tested in proper trials.</source>
        <translation>L&apos;idea di questo articolo non è stata verificata in studi clinici adeguati.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="108"/>
        <source>This article is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Questo articolo fornisce informazioni, non consigli medici. Parla con il tuo centro SM o con il tuo medico prima di cambiare terapia, alimentazione o cure.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="114"/>
        <source>en</source>
        <comment>The language of this translation as a web page&apos;s lang attribute (BCP 47): de, fr, pt-BR, ar</comment>
        <translation>it</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="140"/>
        <source>Translated from the English version of %1.</source>
        <translation>Tradotto dalla versione inglese del %1.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="142"/>
        <source>The English version has changed since (%1), so this translation may be out of date.</source>
        <translation>La versione inglese è cambiata da allora (%1), quindi questa traduzione potrebbe non essere aggiornata.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="146"/>
        <location filename="../app/core/articlerenderer.cpp" line="290"/>
        <location filename="../app/core/articlerenderer.cpp" line="365"/>
        <source>Read it in English</source>
        <translation>Leggi in inglese</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="148"/>
        <source>This page is not translated into %1 yet, so it is shown in English.</source>
        <translation>Questa pagina non è ancora tradotta in %1, quindi è mostrata in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="152"/>
        <source>You are reading the English original.</source>
        <translation>Stai leggendo l&apos;originale in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="154"/>
        <source>Read it in %1</source>
        <translation>Leggi in %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="242"/>
        <location filename="../app/core/articlerenderer.cpp" line="244"/>
        <source>In short:</source>
        <translation>In breve:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="255"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="263"/>
        <source>Last reviewed: %1</source>
        <translation>Ultima revisione: %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Feedback</source>
        <translation>Il tuo parere</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Was this useful?</source>
        <translation>Ti è stato utile?</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="273"/>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="274"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="275"/>
        <source>Send feedback</source>
        <translation>Invia un commento</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="292"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="298"/>
        <source>Read more:</source>
        <translation>Per saperne di più:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="302"/>
        <source>See also:</source>
        <translation>Vedi anche:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="319"/>
        <source>Research</source>
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="322"/>
        <source>Trials</source>
        <translation>Studi clinici</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="325"/>
        <source>Safety</source>
        <translation>Sicurezza</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="328"/>
        <source>Funding</source>
        <translation>Finanziamenti</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="331"/>
        <source>Policy</source>
        <translation>Politiche</translation>
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
        <translation>Linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Filter by topic</source>
        <translation>Filtra per argomento</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="349"/>
        <source>All topics</source>
        <translation>Tutti gli argomenti</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="360"/>
        <source>The timeline is not translated into %1 yet, so it is shown in English.</source>
        <translation>La linea del tempo non è ancora tradotta in %1, quindi è mostrata in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="361"/>
        <source>Some events are not translated into %1 yet and are shown in English.</source>
        <translation>Alcuni eventi non sono ancora tradotti in %1 e sono mostrati in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="383"/>
        <source>Read the article</source>
        <translation>Leggi l&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="385"/>
        <location filename="../app/core/articlerenderer.cpp" line="424"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="390"/>
        <source>No events for this topic.</source>
        <translation>Nessun evento per questo argomento.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="401"/>
        <location filename="../app/core/articlerenderer.cpp" line="427"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="404"/>
        <source>Each quote is given word for word, with who said it, when, and where it was published.</source>
        <translation>Ogni citazione è riportata parola per parola, con chi l&apos;ha detta, quando e dove è stata pubblicata.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="405"/>
        <source>Each quote is given in our translation, then word for word as it was said, with who said it, when, and where it was published.</source>
        <translation>Ogni citazione è riportata nella nostra traduzione e poi parola per parola come è stata detta, con chi l&apos;ha detta, quando e dove è stata pubblicata.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="409"/>
        <source>The quotes are not translated into %1 yet, so they are shown in English.</source>
        <translation>Le citazioni non sono ancora tradotte in %1, quindi sono mostrate in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="410"/>
        <source>Some quotes are not translated into %1 yet and are shown in English.</source>
        <translation>Alcune citazioni non sono ancora tradotte in %1 e sono mostrate in inglese.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="419"/>
        <source>As said, in English:</source>
        <translation>Come è stata detta, in inglese:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Article not found</source>
        <translation>Articolo non trovato</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Term not found</source>
        <translation>Termine non trovato</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="438"/>
        <source>There is no glossary term called &quot;%1&quot; in this collection.</source>
        <translation>In questa raccolta non c&apos;è nessun termine del glossario chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="439"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>In questa raccolta non c&apos;è nessun articolo chiamato &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <source>Run &quot;myelin export --help&quot; to see how to use it.</source>
        <translation>Esegui &quot;myelin export --help&quot; per vedere come si usa.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="72"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>impossibile scrivere %1: è una cartella; indica un nome di file</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossibile scrivere %1: la cartella %2 non esiste</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="81"/>
        <location filename="../app/cli/exportcommand.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation>impossibile scrivere %1: %2</translation>
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
        <translation>Uso: myelin export [opzioni] &lt;articolo&gt;...
     myelin export --handout &lt;handout.json&gt; --pdf &lt;file&gt;

Salva articoli o un opuscolo come file, senza aprire una finestra.
Gli articoli si indicano con il nome usato negli indirizzi di Myelin, per esempio &quot;what-is-ms&quot;.

Opzioni:
  --pdf &lt;file&gt;         Salva un PDF: gli articoli uno dopo l&apos;altro, oppure l&apos;opuscolo.
  --html &lt;file&gt;        Salva un articolo come pagina web che non ha bisogno di altri file.
  --text &lt;file&gt;        Salva un articolo come testo semplice.
  --handout &lt;file&gt;     Crea l&apos;opuscolo salvato in questo file con &quot;Crea un opuscolo&quot;.
  --paper &lt;formato&gt;    A4 o Letter (predefinito: %1). Un file di opuscolo imposta il proprio.
  --text-size &lt;punti&gt;  Dimensione del testo degli articoli, da %2 a %3 (predefinita: %4).
  --content &lt;file&gt;     Legge il database dei contenuti &lt;file&gt; (predefinito: i contenuti
                       mostrati da Myelin, compreso un aggiornamento installato).
  -h, --help           Mostra questo aiuto.

Esempi:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Stato di uscita: 0 se i file sono stati salvati, 1 se c&apos;è un problema con un articolo,
un file di opuscolo o un file di uscita (il messaggio lo indica), 2 se la riga di
comando è sbagliata.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="197"/>
        <source>say what to save: --pdf &lt;file&gt;, --html &lt;file&gt; or --text &lt;file&gt;</source>
        <translation>indica cosa salvare: --pdf &lt;file&gt;, --html &lt;file&gt; o --text &lt;file&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>a handout is saved with --pdf only, and its articles come from the handout file</source>
        <translation>un opuscolo si salva solo con --pdf, e i suoi articoli vengono dal file dell&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="203"/>
        <source>name at least one article, for example: myelin export --pdf fatigue.pdf fatigue</source>
        <translation>indica almeno un articolo, per esempio: myelin export --pdf fatigue.pdf fatigue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="206"/>
        <source>--html and --text save one article at a time; %1 were named</source>
        <translation>--html e --text salvano un articolo alla volta; ne sono stati indicati %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="210"/>
        <source>--%1 needs a file name, not an empty one</source>
        <translation>--%1 richiede un nome di file, non vuoto</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="218"/>
        <source>--paper must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--paper deve essere A4 o Letter, non &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="226"/>
        <source>--text-size must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--text-size deve essere un numero intero da %1 a %2, non &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="259"/>
        <source> (listed in the handout file %1)</source>
        <translation> (elencato nel file dell&apos;opuscolo %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="260"/>
        <source>there is no article called &quot;%1&quot;%2. Article names look like &quot;what-is-ms&quot;: lower-case words joined by hyphens.</source>
        <translation>non c&apos;è nessun articolo chiamato &quot;%1&quot;%2. I nomi degli articoli sono come &quot;what-is-ms&quot;: parole minuscole unite da trattini.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="285"/>
        <source>cannot write %1: it is %2, which is being read; choose another file name</source>
        <translation>impossibile scrivere %1: è %2, che viene letto; scegli un altro nome di file</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>cannot write two files as %1; give each its own name</source>
        <translation>impossibile scrivere due file come %1; dai a ciascuno un nome diverso</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="319"/>
        <location filename="../app/cli/exportcommand.cpp" line="326"/>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="348"/>
        <source>the PDF %1 could not be made: %2</source>
        <translation>impossibile creare il PDF %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="349"/>
        <source>printing stopped unexpectedly</source>
        <translation>la stampa si è interrotta in modo imprevisto</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="355"/>
        <source>Saved %1 (%2).</source>
        <translation>Salvato %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="49"/>
        <source>Checks or installs a Myelin content pack (.myelinpack) without opening a window.
Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be installed, 2 a wrong command line.</source>
        <translation>Verifica o installa un pacchetto di contenuti Myelin (.myelinpack) senza aprire una finestra.
Codici di uscita: 0 il pacchetto è accettato (e installato, con --install), 1 è rifiutato o non è stato possibile installarlo, 2 riga di comando sbagliata.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="53"/>
        <source>Check &lt;file&gt; and print its manifest; change nothing.</source>
        <translation>Verifica &lt;file&gt; e mostra il suo manifesto; non cambia nulla.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="56"/>
        <source>Check &lt;file&gt; and install it as the content Myelin shows.</source>
        <translation>Verifica &lt;file&gt; e lo installa come contenuti mostrati da Myelin.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="59"/>
        <source>Also trust the minisign public key in &lt;pubfile&gt; for this run (the built-in keys stay trusted).</source>
        <translation>Considera attendibile anche la chiave pubblica minisign in &lt;pubfile&gt; per questa esecuzione (le chiavi incorporate restano attendibili).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="63"/>
        <source>Accept a pack older than, or the same as, the content in use.</source>
        <translation>Accetta un pacchetto più vecchio dei contenuti in uso, o uguale.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="78"/>
        <source>myelin update: give one of --check &lt;file&gt; or --install &lt;file&gt;.</source>
        <translation>myelin update: indica --check &lt;file&gt; oppure --install &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="79"/>
        <source>Run &quot;myelin update --help&quot; to see how to use it.</source>
        <translation>Esegui &quot;myelin update --help&quot; per vedere come si usa.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="117"/>
        <source>%1 is a valid content pack (checked in %2 ms).</source>
        <translation>%1 è un pacchetto di contenuti valido (verificato in %2 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="118"/>
        <source>  Content:   %1, version %2, reviewed up to %3</source>
        <translation>  Contenuti:  %1, versione %2, rivisti fino al %3</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Schema:    %1</source>
        <translation>  Schema:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Made:      %1</source>
        <translation>  Creato il:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="121"/>
        <source>  Signed by: %1 (key %2)</source>
        <translation>  Firmato da: %1 (chiave %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="122"/>
        <source>  Database:  %1 bytes, BLAKE2b-512 %2</source>
        <translation>  Database:   %1 byte, BLAKE2b-512 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="126"/>
        <source>  Articles:  %1 (the pack lists every article)</source>
        <translation>  Articoli:   %1 (il pacchetto elenca tutti gli articoli)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="127"/>
        <source>  Changes since %1: %2 new, %3 changed, %4 removed</source>
        <translation>  Modifiche dalla versione %1: %2 nuovi, %3 modificati, %4 rimossi</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="141"/>
        <source>  In use:    %1 (%2)</source>
        <translation>  In uso:     %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="142"/>
        <source>no readable content</source>
        <translation>nessun contenuto leggibile</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="151"/>
        <source>myelin update: the content pack %1 was not installed: %2</source>
        <translation>myelin update: il pacchetto di contenuti %1 non è stato installato: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="155"/>
        <source>Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content is kept, and File &gt; Go Back to Previous Content returns to it.</source>
        <translation>Contenuti %1 installati in %2 (%3 ms). Myelin li mostra dal prossimo avvio; i contenuti precedenti vengono conservati, e File &gt; Torna ai contenuti precedenti li ripristina.</translation>
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
        <translation>Occhi stanchi</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="27"/>
        <source>Listen</source>
        <translation>Ascolto</translation>
    </message>
</context>
<context>
    <name>Myelin::ContentDatabase</name>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="67"/>
        <source>Cannot open the content database %1: %2</source>
        <translation>Impossibile aprire il database dei contenuti %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="73"/>
        <source>the file does not exist.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="76"/>
        <source>the file cannot be read.</source>
        <translation>il file non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="79"/>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="94"/>
        <source>it is not a Myelin content database (%1).</source>
        <translation>non è un database dei contenuti di Myelin (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="98"/>
        <source>it has schema version %1, but this version of Myelin reads version %2. Install matching content or a matching Myelin.</source>
        <translation>ha la versione di schema %1, ma questa versione di Myelin legge la versione %2. Installa contenuti adatti a questa versione o una versione di Myelin adatta ai contenuti.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="111"/>
        <source>its search index cannot be read (%1). Is SQLite built with FTS5?</source>
        <translation>il suo indice di ricerca non può essere letto (%1). SQLite è compilato con FTS5?</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::ExportText</name>
    <message>
        <location filename="../app/export/exportformat.cpp" line="42"/>
        <source>Reviewed %1</source>
        <translation>Rivisto il %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="47"/>
        <source>Printed %1</source>
        <translation>Stampato il %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="52"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/exportformat.cpp" line="57"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Export::Handout</name>
    <message>
        <location filename="../app/export/handout.cpp" line="42"/>
        <source>line %1, column %2</source>
        <translation>riga %1, colonna %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="84"/>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation>non è un JSON valido (%1 alla %2)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="87"/>
        <source>it must hold one JSON object { ... }</source>
        <translation>deve contenere un solo oggetto JSON { ... }</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="94"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; deve essere un numero</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="97"/>
        <source>it was made by a newer version of Myelin (handout format %1); this version reads format %2</source>
        <translation>è stato creato da una versione più recente di Myelin (formato dell&apos;opuscolo %1); questa versione legge il formato %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="118"/>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>&quot;%1&quot; deve essere un testo tra virgolette</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="124"/>
        <source>it has no &quot;%1&quot; list</source>
        <translation>non contiene l&apos;elenco &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="127"/>
        <source>&quot;%1&quot; must be a list of article names, like [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</source>
        <translation>&quot;%1&quot; deve essere un elenco di nomi di articoli, come [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="133"/>
        <source>&quot;%1&quot; lists %2 articles; a handout holds at most %3</source>
        <translation>&quot;%1&quot; elenca %2 articoli; un opuscolo ne contiene al massimo %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="141"/>
        <source>entry %1 of &quot;%2&quot; must be an article name in quotes</source>
        <translation>la voce %1 di &quot;%2&quot; deve essere un nome di articolo tra virgolette</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="146"/>
        <source>it lists no articles: add at least one article name to &quot;%1&quot;</source>
        <translation>non elenca nessun articolo: aggiungi almeno un nome di articolo a &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="157"/>
        <location filename="../app/export/handout.cpp" line="175"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve essere true o false</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="167"/>
        <source>&quot;%1&quot; must be a whole number of points from %2 to %3</source>
        <translation>&quot;%1&quot; deve essere un numero intero di punti da %2 a %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="183"/>
        <source>&quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;</source>
        <translation>&quot;%1&quot; deve essere &quot;A4&quot; o &quot;Letter&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="195"/>
        <source>Cannot save the handout file %1: %2</source>
        <translation>Impossibile salvare il file dell&apos;opuscolo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="212"/>
        <source>The handout file %1 does not exist.</source>
        <translation>Il file dell&apos;opuscolo %1 non esiste.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="215"/>
        <source>The handout file %1 is a folder, not a file.</source>
        <translation>Il file dell&apos;opuscolo %1 è una cartella, non un file.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="220"/>
        <source>The handout file %1 is not a regular file (a device, pipe or socket).</source>
        <translation>Il file dell&apos;opuscolo %1 non è un file normale (è un dispositivo, una pipe o un socket).</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="224"/>
        <source>Cannot read the handout file %1: %2</source>
        <translation>Impossibile leggere il file dell&apos;opuscolo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="228"/>
        <source>The handout file %1 is too large (over %2 KiB) to be a handout file.</source>
        <translation>Il file dell&apos;opuscolo %1 è troppo grande (oltre %2 KiB) per essere un file di opuscolo.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="235"/>
        <source>The handout file %1 cannot be used: %2.</source>
        <translation>Il file dell&apos;opuscolo %1 non può essere usato: %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::HtmlText</name>
    <message>
        <location filename="../app/export/htmltext.cpp" line="229"/>
        <location filename="../app/export/htmltext.cpp" line="237"/>
        <source>[Picture: %1]</source>
        <translation>[Immagine: %1]</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PlainTextExport</name>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="19"/>
        <source>Evidence: %1. %2</source>
        <translation>Prove: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="23"/>
        <source>In short: %1</source>
        <translation>In breve: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="33"/>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="44"/>
        <source>Last reviewed: %1</source>
        <translation>Ultima revisione: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="46"/>
        <source>From %1, exported on %2.</source>
        <translation>Da %1, esportato il %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PrintHtml</name>
    <message>
        <location filename="../app/export/printhtml.cpp" line="91"/>
        <location filename="../app/export/printhtml.cpp" line="100"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="93"/>
        <source>The medical words used in this handout, from A to Z.</source>
        <translation>Le parole mediche usate in questo opuscolo, dalla A alla Z.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="105"/>
        <source>Information about MS</source>
        <translation>Informazioni sulla SM</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="113"/>
        <source>Information handout</source>
        <translation>Opuscolo informativo</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="119"/>
        <source>Contact</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="123"/>
        <source>Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so ask your group for the latest version.</source>
        <translation>Stampato il %1. Ogni articolo indica quando è stato rivisto l&apos;ultima volta. Le conoscenze mediche cambiano: chiedi al tuo gruppo la versione più recente.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="127"/>
        <source>This handout is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Questo opuscolo fornisce informazioni, non consigli medici. Parla con il tuo centro SM o con il tuo medico prima di cambiare terapia, alimentazione o cure.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="130"/>
        <source>Made with %1, a free offline reader about multiple sclerosis, from %2.</source>
        <translation>Realizzato con %1, un lettore gratuito e offline sulla sclerosi multipla. Contenuti: %2.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="131"/>
        <source>its knowledge base</source>
        <translation>la sua raccolta di informazioni</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="138"/>
        <location filename="../app/export/printhtml.cpp" line="147"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="140"/>
        <source>Each part starts on a new page. Every page has its number at the bottom.</source>
        <translation>Ogni parte inizia su una nuova pagina. Ogni pagina ha il suo numero in basso.</translation>
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
        <translation>Domande per il mio prossimo appuntamento</translation>
    </message>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="43"/>
        <source>Space for the answer</source>
        <translation>Spazio per la risposta</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::SelfContainedHtml</name>
    <message>
        <location filename="../app/export/selfcontainedhtml.cpp" line="287"/>
        <source>From %1, saved on %2.</source>
        <translation>Da %1, salvato il %2.</translation>
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
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="44"/>
        <location filename="../app/core/readingstyle.cpp" line="54"/>
        <location filename="../app/core/readingstyle.cpp" line="64"/>
        <source>Wide</source>
        <translation>Ampia</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="45"/>
        <location filename="../app/core/readingstyle.cpp" line="55"/>
        <location filename="../app/core/readingstyle.cpp" line="65"/>
        <source>Extra wide</source>
        <translation>Molto ampia</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="73"/>
        <source>Short lines</source>
        <translation>Righe corte</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="74"/>
        <source>Medium lines</source>
        <translation>Righe medie</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="75"/>
        <source>Long lines</source>
        <translation>Righe lunghe</translation>
    </message>
</context>
<context>
    <name>Myelin::Schema</name>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="72"/>
        <location filename="../app/core/schemacheck.cpp" line="80"/>
        <location filename="../app/core/schemacheck.cpp" line="92"/>
        <source>the file is damaged (%1). Install the content again.</source>
        <translation>il file è danneggiato (%1). Installa di nuovo i contenuti.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="86"/>
        <source>it holds no tables: it is not a Myelin content database.</source>
        <translation>non contiene tabelle: non è un database dei contenuti di Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="87"/>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>manca la tabella &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="98"/>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;: it was made for another version of Myelin, or it is damaged.</source>
        <translation>la tabella &quot;%1&quot; non ha la colonna &quot;%2&quot;: è stata creata per un&apos;altra versione di Myelin, oppure è danneggiata.</translation>
    </message>
</context>
<context>
    <name>Myelin::SearchEngine</name>
    <message>
        <location filename="../app/core/searchengine.cpp" line="630"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="632"/>
        <source>Timeline</source>
        <translation>Linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="636"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
</context>
<context>
    <name>Myelin::Settings</name>
    <message>
        <location filename="../app/userdata/settings.cpp" line="541"/>
        <source>Your settings file %1 was made by a newer Myelin or cannot be read, so Myelin leaves it as it is. Changes you make now last until you close Myelin.</source>
        <translation>Il tuo file delle impostazioni %1 è stato creato da una versione più recente di Myelin o non può essere letto, quindi Myelin lo lascia com&apos;è. Le modifiche che fai ora valgono solo fino alla chiusura di Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/settings.cpp" line="550"/>
        <source>Your settings could not be saved in %1: the folder may be read-only or the disk full. Myelin keeps working, but changes you make now last only until you close it.</source>
        <translation>Non è stato possibile salvare le tue impostazioni in %1: la cartella potrebbe essere di sola lettura o il disco pieno. Myelin continua a funzionare, ma le modifiche che fai ora valgono solo fino alla sua chiusura.</translation>
    </message>
</context>
<context>
    <name>Myelin::Theme</name>
    <message>
        <location filename="../app/core/theme.cpp" line="12"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="14"/>
        <source>Cream</source>
        <translation>Crema</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="16"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="18"/>
        <source>High contrast</source>
        <translation>Contrasto elevato</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="53"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="54"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="64"/>
        <source>About Myelin</source>
        <translation>Informazioni su Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="56"/>
        <source>The versions of Myelin and its content, the licences, and where to report a problem.</source>
        <translation>Le versioni di Myelin e dei suoi contenuti, le licenze e dove segnalare un problema.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="76"/>
        <source>Myelin icon</source>
        <translation>Icona di Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="78"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="84"/>
        <source>An offline reader about multiple sclerosis. It sends nothing anywhere.</source>
        <translation>Un lettore offline sulla sclerosi multipla. Non invia nulla a nessuno.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="89"/>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="92"/>
        <source>The same lines as the command myelin --version prints.</source>
        <translation>Le stesse righe che mostra il comando myelin --version.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="95"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="96"/>
        <source>Myelin is free software: you may share and change it under the GNU General Public License, version 3 or any later version (%1). The articles, glossary, timeline, quotes and images are shared under Creative Commons Attribution 4.0 (%2). Myelin gives information, not medical advice.</source>
        <translation>Myelin è software libero: puoi condividerlo e modificarlo secondo la GNU General Public License, versione 3 o qualsiasi versione successiva (%1). Gli articoli, il glossario, la linea del tempo, le citazioni e le immagini sono condivisi con licenza Creative Commons Attribuzione 4.0 (%2). Myelin fornisce informazioni, non consigli medici.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="106"/>
        <source>Built with</source>
        <translation>Realizzato con</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="109"/>
        <source>Components Myelin is built with, and their licences</source>
        <translation>I componenti con cui è realizzato Myelin, e le loro licenze</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="110"/>
        <source>Other people&apos;s work that Myelin uses, and the licence of each.</source>
        <translation>Il lavoro di altre persone che Myelin usa, e la licenza di ciascuno.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="119"/>
        <source>Used for: %1</source>
        <translation>Usato per: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="124"/>
        <source>%1, licence %2, used for %3</source>
        <translation>%1, licenza %2, usato per %3</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="135"/>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="136"/>
        <source>Tell us what went wrong, or what is hard to read, on the project&apos;s issue tracker. Copy this address into your web browser:</source>
        <translation>Raccontaci cosa non ha funzionato, o cosa è difficile da leggere, nel sistema di segnalazione dei problemi del progetto. Copia questo indirizzo nel tuo browser web:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="144"/>
        <source>Issue tracker address</source>
        <translation>Indirizzo per segnalare i problemi</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="145"/>
        <source>The web address where you can report a problem.</source>
        <translation>L&apos;indirizzo web dove puoi segnalare un problema.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="147"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="150"/>
        <source>Copy the issue tracker address</source>
        <translation>Copia l&apos;indirizzo per segnalare i problemi</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="151"/>
        <source>Copy the address, then paste it into your web browser.</source>
        <translation>Copia l&apos;indirizzo, poi incollalo nel tuo browser web.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="162"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="163"/>
        <source>Close this window</source>
        <translation>Chiudi questa finestra</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="179"/>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="180"/>
        <source>The address is copied.</source>
        <translation>L&apos;indirizzo è stato copiato.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="185"/>
        <source>&amp;About Myelin</source>
        <translation>&amp;Informazioni su Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="188"/>
        <source>Show the version, licences and where to report a problem</source>
        <translation>Mostra la versione, le licenze e dove segnalare un problema</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AppStyle</name>
    <message>
        <location filename="../app/ui/shell/appstyle.cpp" line="60"/>
        <source>Clear the text</source>
        <translation>Cancella il testo</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ArticleView</name>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="35"/>
        <source>Article</source>
        <translation>Articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="36"/>
        <source>The text of the open article</source>
        <translation>Il testo dell&apos;articolo aperto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="99"/>
        <source>Article menu</source>
        <translation>Menu dell&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksController</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="32"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Bookmark This Page</source>
        <translation>Aggiungi questa pagina ai segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show Bookmarks</source>
        <translation>Mostra i segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show History</source>
        <translation>Mostra la cronologia</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="34"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="41"/>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="42"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="49"/>
        <source>Show your bookmarks beside the article</source>
        <translation>Mostra i tuoi segnalibri accanto all&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="56"/>
        <source>Show the pages you read, by day</source>
        <translation>Mostra le pagine che hai letto, giorno per giorno</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="73"/>
        <source>Back where you left off in this article.</source>
        <translation>Riprendi da dove avevi lasciato questo articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="74"/>
        <source>Back where you left off, at “%1”.</source>
        <translation>Riprendi da dove avevi lasciato, a “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Remove Bookmark</source>
        <translation>Rimuovi il segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmarked</source>
        <translation>Nei segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <source>Remove bookmark</source>
        <translation>Rimuovi il segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmark this page</source>
        <translation>Aggiungi questa pagina ai segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="198"/>
        <source>This page is bookmarked. Press %1 to remove the bookmark.</source>
        <translation>Questa pagina è nei segnalibri. Premi %1 per rimuovere il segnalibro.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="199"/>
        <source>Keep this page in your bookmarks</source>
        <translation>Conserva questa pagina nei tuoi segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmarked: Remove bookmark</source>
        <translation>Nei segnalibri: rimuovi il segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="221"/>
        <source>The bookmark could not be removed.</source>
        <translation>Non è stato possibile rimuovere il segnalibro.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="229"/>
        <source>Bookmark removed. Press %1 to put it back.</source>
        <translation>Segnalibro rimosso. Premi %1 per rimetterlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="234"/>
        <source>Bookmarked again: “%1”.</source>
        <translation>Di nuovo nei segnalibri: “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="242"/>
        <source>Bookmarked “%1”. Your bookmarks are in the Bookmarks pane (%2).</source>
        <translation>Aggiunto ai segnalibri: “%1”. I tuoi segnalibri sono nel riquadro Segnalibri (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="246"/>
        <source>The bookmark could not be saved.</source>
        <translation>Non è stato possibile salvare il segnalibro.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="255"/>
        <source>“%1” is no longer in the library: a content update renamed or removed it. Your saved entry is kept.</source>
        <translation>“%1” non è più nella raccolta: un aggiornamento dei contenuti l&apos;ha rinominato o rimosso. La voce che hai salvato viene conservata.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="280"/>
        <source>Your Bookmarks</source>
        <translation>I tuoi segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="285"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella raccolta)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="295"/>
        <source>(empty)</source>
        <translation>(vuota)</translation>
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
        <translation>Sposta nella cartella</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="39"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="50"/>
        <source>Bookmarks</source>
        <translation>Segnalibri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="40"/>
        <source>No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page you are reading here.</source>
        <translation>Ancora nessun segnalibro. Premi Ctrl+D o il pulsante Segnalibro nella barra degli strumenti per conservare qui la pagina che stai leggendo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="52"/>
        <source>Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves.</source>
        <translation>I tuoi segnalibri e le tue cartelle. Invio apre, F2 rinomina, Canc elimina, Ctrl con Su o Giù sposta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open the chosen bookmark</source>
        <translation>Apri il segnalibro scelto</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename the chosen bookmark or folder</source>
        <translation>Rinomina il segnalibro o la cartella scelti</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete the chosen bookmark or folder (you can undo it)</source>
        <translation>Elimina il segnalibro o la cartella scelti (puoi annullare)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Up</source>
        <translation>Su</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Move the chosen bookmark or folder up</source>
        <translation>Sposta in su il segnalibro o la cartella scelti</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Down</source>
        <translation>Giù</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Move the chosen bookmark or folder down</source>
        <translation>Sposta in giù il segnalibro o la cartella scelti</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Move to…</source>
        <translation>Sposta in…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Put the chosen bookmark in another folder</source>
        <translation>Metti il segnalibro scelto in un&apos;altra cartella</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="409"/>
        <source>New Folder…</source>
        <translation>Nuova cartella…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <source>Make a folder for bookmarks</source>
        <translation>Crea una cartella per i segnalibri</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="148"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella raccolta)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="157"/>
        <source>%1: a content update renamed or removed this page. Your bookmark is kept.</source>
        <translation>%1: un aggiornamento dei contenuti ha rinominato o rimosso questa pagina. Il tuo segnalibro viene conservato.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="158"/>
        <source>%1. Press Enter to open.</source>
        <translation>%1. Premi Invio per aprire.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="175"/>
        <source>Folder %1, %n bookmark(s)</source>
        <translation>
            <numerusform>Cartella %1, %n segnalibro</numerusform>
            <numerusform>Cartella %1, %n segnalibri</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Folder</source>
        <translation>Rinomina la cartella</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Bookmark</source>
        <translation>Rinomina il segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the folder:</source>
        <translation>Nuovo nome per la cartella:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the bookmark:</source>
        <translation>Nuovo nome per il segnalibro:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="279"/>
        <source>Rename</source>
        <translation>Rinomina</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="288"/>
        <source>The new name could not be saved.</source>
        <translation>Non è stato possibile salvare il nuovo nome.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="309"/>
        <source>Deleted the folder “%1”.</source>
        <translation>Cartella “%1” eliminata.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="310"/>
        <source>Deleted the folder “%1” and the %n bookmark(s) in it.</source>
        <translation>
            <numerusform>Cartella “%1” eliminata, con %n segnalibro all&apos;interno.</numerusform>
            <numerusform>Cartella “%1” eliminata, con i %n segnalibri all&apos;interno.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="314"/>
        <source>The folder could not be deleted.</source>
        <translation>Non è stato possibile eliminare la cartella.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="318"/>
        <source>Deleted the bookmark “%1”.</source>
        <translation>Segnalibro “%1” eliminato.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="320"/>
        <source>The bookmark could not be deleted.</source>
        <translation>Non è stato possibile eliminare il segnalibro.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="337"/>
        <source>There is nothing to undo.</source>
        <translation>Non c&apos;è nulla da annullare.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="347"/>
        <source>The bookmark “%1” is back.</source>
        <translation>Il segnalibro “%1” è di nuovo al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="353"/>
        <source>The folder “%1” is back.</source>
        <translation>La cartella “%1” è di nuovo al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="359"/>
        <source>It could not be put back.</source>
        <translation>Non è stato possibile rimetterlo al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the top.</source>
        <translation>È già in cima.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the bottom.</source>
        <translation>È già in fondo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="387"/>
        <source>The bookmark could not be moved.</source>
        <translation>Non è stato possibile spostare il segnalibro.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="396"/>
        <source>Choose a bookmark first</source>
        <translation>Scegli prima un segnalibro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="400"/>
        <source>Not in a Folder</source>
        <translation>Fuori dalle cartelle</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="432"/>
        <source>New Folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="434"/>
        <source>Name of the new folder:</source>
        <translation>Nome della nuova cartella:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="435"/>
        <source>Make Folder</source>
        <translation>Crea la cartella</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="444"/>
        <source>The folder could not be made.</source>
        <translation>Non è stato possibile creare la cartella.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BreadcrumbBar</name>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="60"/>
        <source>You are here</source>
        <translation>Sei qui</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="61"/>
        <source>Where the open article sits in the collection</source>
        <translation>Dove si trova l&apos;articolo aperto nella raccolta</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="51"/>
        <source>You are here:</source>
        <translation>Sei qui:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="108"/>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="110"/>
        <source>Go to %1</source>
        <translation>Vai a %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="76"/>
        <source>then</source>
        <translation>poi</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ButtonShelf</name>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="18"/>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="25"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="27"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="31"/>
        <source>More actions</source>
        <translation>Altre azioni</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="26"/>
        <source>Opens the buttons that do not fit here as a menu</source>
        <translation>Apre come menu i pulsanti che qui non trovano posto</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortController</name>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="78"/>
        <source>Colours: %1. Press %2 for the next colours.</source>
        <translation>Colori: %1. Premi %2 per i colori successivi.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="79"/>
        <source>Follow the system</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="134"/>
        <source>&amp;Comfort</source>
        <translation>&amp;Comfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="138"/>
        <source>Reading &amp;comfort…</source>
        <translation>&amp;Comfort di lettura…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="140"/>
        <source>Choose text size, colours, spacing and read aloud, with a preview</source>
        <translation>Scegli dimensione del testo, colori, spaziatura e lettura ad alta voce, con un&apos;anteprima</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="142"/>
        <source>Profiles</source>
        <translation>Profili</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="148"/>
        <source>Text and colours</source>
        <translation>Testo e colori</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="150"/>
        <source>&amp;Spacing and line length</source>
        <translation>Spaziatura e &amp;lunghezza delle righe</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="152"/>
        <source>Line spacing</source>
        <translation>Interlinea</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="154"/>
        <source>Letter spacing</source>
        <translation>Spaziatura tra le lettere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="156"/>
        <source>Word spacing</source>
        <translation>Spaziatura tra le parole</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="158"/>
        <source>Line length</source>
        <translation>Lunghezza delle righe</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="159"/>
        <source>C&amp;olours</source>
        <translation>C&amp;olori</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="161"/>
        <source>Easier-to-read &amp;letters (OpenDyslexic)</source>
        <translation>Lettere più &amp;facili da leggere (OpenDyslexic)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="174"/>
        <source>Follow the &amp;system</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="187"/>
        <source>&amp;Next colours</source>
        <translation>Colori s&amp;uccessivi</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="190"/>
        <source>Switch to the next colour theme</source>
        <translation>Passa al tema di colori successivo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="193"/>
        <source>Read aloud</source>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="194"/>
        <source>Show the Listen &amp;button</source>
        <translation>Mostra il pulsante &amp;Ascolta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="204"/>
        <source>Comfort ▾</source>
        <translation>Comfort ▾</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="209"/>
        <source>Reading comfort: profiles, text size, spacing, colours and read aloud</source>
        <translation>Comfort di lettura: profili, dimensione del testo, spaziatura, colori e lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="210"/>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="221"/>
        <source>Reading comfort</source>
        <translation>Comfort di lettura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="219"/>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="226"/>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="237"/>
        <source>%1 colours for the window and the article (%2 switches)</source>
        <translation>Colori %1 per la finestra e l&apos;articolo (%2 per cambiare)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="239"/>
        <source>Use the %1 colours</source>
        <translation>Usa i colori %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="243"/>
        <source>%1 colours</source>
        <translation>Colori %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="271"/>
        <source>Sa&amp;ve these settings as a profile…</source>
        <translation>&amp;Salva queste impostazioni come profilo…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="273"/>
        <source>Save comfort profile</source>
        <translation>Salva il profilo di comfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="274"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nome per questo profilo (per esempio &quot;Sera&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="277"/>
        <source>Please choose a name that is not empty and not one of the built-in profiles.</source>
        <translation>Scegli un nome che non sia vuoto e che non sia uno dei profili predefiniti.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="282"/>
        <source>&amp;Delete a profile…</source>
        <translation>&amp;Elimina un profilo…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="289"/>
        <source>Delete comfort profile</source>
        <translation>Elimina il profilo di comfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="290"/>
        <source>Profile to delete:</source>
        <translation>Profilo da eliminare:</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortDialog</name>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <source>Welcome to Myelin</source>
        <translation>Ti diamo il benvenuto in Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Reading comfort</source>
        <translation>Comfort di lettura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="51"/>
        <source>Choose the text size, colours, spacing and read aloud that suit you today</source>
        <translation>Scegli la dimensione del testo, i colori, la spaziatura e la lettura ad alta voce più adatti a te oggi</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Make reading comfortable</source>
        <translation>Rendi la lettura comoda</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="56"/>
        <source>Choose what is easiest for your eyes today. The preview shows the change at once. You can change any of this later from the Comfort button in the toolbar or the Comfort menu.</source>
        <translation>Scegli ciò che oggi è più facile per i tuoi occhi. L&apos;anteprima mostra subito la modifica. Puoi cambiare tutto questo in seguito con il pulsante Comfort nella barra degli strumenti o dal menu Comfort.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="59"/>
        <source>Every change shows at once, in the preview and in the article.</source>
        <translation>Ogni modifica si vede subito, nell&apos;anteprima e nell&apos;articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="64"/>
        <source>Quick choices:</source>
        <translation>Scelte rapide:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>A−  Smaller</source>
        <translation>A−  Più piccolo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>Make the text smaller</source>
        <translation>Rimpicciolisci il testo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>A+  Larger</source>
        <translation>A+  Più grande</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>Make the text larger</source>
        <translation>Ingrandisci il testo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="86"/>
        <source>Text size:</source>
        <translation>Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="92"/>
        <source>Follow the system (light or dark)</source>
        <translation>Segui il sistema (chiaro o scuro)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="96"/>
        <source>Colours</source>
        <translation>Colori</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="97"/>
        <source>Colours of the window and the article. Pictures keep their own colours.</source>
        <translation>Colori della finestra e dell&apos;articolo. Le immagini mantengono i loro colori.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="103"/>
        <source>Colours:</source>
        <translation>Colori:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Wide</source>
        <translation>Ampia</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Extra wide</source>
        <translation>Molto ampia</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="110"/>
        <source>Spacing</source>
        <translation>Spaziatura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="111"/>
        <source>Space between lines, letters and words</source>
        <translation>Spazio tra righe, lettere e parole</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="120"/>
        <source>Spacing:</source>
        <translation>Spaziatura:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing:</source>
        <translation>Interlinea:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing</source>
        <translation>Interlinea</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing:</source>
        <translation>Spaziatura tra le lettere:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing</source>
        <translation>Spaziatura tra le lettere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing:</source>
        <translation>Spaziatura tra le parole:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing</source>
        <translation>Spaziatura tra le parole</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length:</source>
        <translation>Lunghezza delle righe:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length</source>
        <translation>Lunghezza delle righe</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>Easier-to-read letters</source>
        <translation>Lettere più facili da leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>OpenDyslexic: a font with heavier, more distinct letters</source>
        <translation>OpenDyslexic: un carattere con lettere più marcate e più distinte</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="143"/>
        <source>Show the Listen button</source>
        <translation>Mostra il pulsante Ascolta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="144"/>
        <source>A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)</source>
        <translation>Un pulsante Ascolta nella barra degli strumenti legge l&apos;articolo ad alta voce (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="149"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Skip for now</source>
        <translation>Salta per ora</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Keep the usual settings and start reading</source>
        <translation>Mantieni le impostazioni abituali e inizia a leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Save as a profile…</source>
        <translation>Salva come profilo…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Keep these settings under a name</source>
        <translation>Conserva queste impostazioni con un nome</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="176"/>
        <source>Save comfort profile</source>
        <translation>Salva il profilo di comfort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="177"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nome per questo profilo (per esempio &quot;Sera&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Start reading</source>
        <translation>Inizia a leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Keep these settings and start reading</source>
        <translation>Mantieni queste impostazioni e inizia a leggere</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Close this page</source>
        <translation>Chiudi questa pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="273"/>
        <source>The usual text size, spacing and colours</source>
        <translation>Dimensione del testo, spaziatura e colori abituali</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="275"/>
        <source>Larger text, more space, shorter lines and a cream background</source>
        <translation>Testo più grande, più spazio, righe più corte e sfondo color crema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="277"/>
        <source>Larger text with the Listen button ready to read aloud</source>
        <translation>Testo più grande, con il pulsante Ascolta pronto per la lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="279"/>
        <source>Your saved profile &quot;%1&quot;</source>
        <translation>Il tuo profilo salvato &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="305"/>
        <source>Custom</source>
        <translation>Personalizzata</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="325"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="326"/>
        <source>Text size %1%</source>
        <translation>Dimensione del testo %1%</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortPreview</name>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="50"/>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="52"/>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="51"/>
        <source>The start of an article, shown with the chosen settings</source>
        <translation>L&apos;inizio di un articolo, mostrato con le impostazioni scelte</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortProfiles</name>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="53"/>
        <source>Comfort profile: %1</source>
        <translation>Profilo di comfort: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="92"/>
        <source>Saved the comfort profile &quot;%1&quot;.</source>
        <translation>Profilo di comfort &quot;%1&quot; salvato.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::DeleteAllDialog</name>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="33"/>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="88"/>
        <source>Delete All My Data</source>
        <translation>Elimina tutti i miei dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="38"/>
        <source>Delete all your data from this computer?</source>
        <translation>Eliminare tutti i tuoi dati da questo computer?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="46"/>
        <source>%n damaged copies of your data file, set aside earlier</source>
        <translation>
            <numerusform>%n copia danneggiata del tuo file di dati, messa da parte in precedenza</numerusform>
            <numerusform>%n copie danneggiate del tuo file di dati, messe da parte in precedenza</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="49"/>
        <source>You have no bookmarks, notes, questions or history saved.</source>
        <translation>Non hai segnalibri, note, domande o cronologia salvati.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="51"/>
        <source>This deletes:</source>
        <translation>Verranno eliminati:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="54"/>
        <source>This deletes: %1</source>
        <translation>Verranno eliminati: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="56"/>
        <source>This cannot be undone. To keep a copy, choose “Export My Data First”.</source>
        <translation>Non si può annullare. Per conservarne una copia, scegli “Prima esporta i miei dati”.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="63"/>
        <source>Also put all &amp;settings back as they were</source>
        <translation>Riporta anche tutte le &amp;impostazioni com&apos;erano all&apos;inizio</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="65"/>
        <source>Also put all settings back as they were</source>
        <translation>Riporta anche tutte le impostazioni com&apos;erano all&apos;inizio</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="68"/>
        <source>Text size, colours, spacing, comfort profiles, window size, paper size and the handout details go back to how they were when Myelin was installed.</source>
        <translation>Dimensione del testo, colori, spaziatura, profili di comfort, dimensione della finestra, formato carta e dati dell&apos;opuscolo tornano come erano quando Myelin è stato installato.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="76"/>
        <source>&amp;Export My Data First…</source>
        <translation>Prima &amp;esporta i miei dati…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="78"/>
        <source>Export My Data First</source>
        <translation>Prima esporta i miei dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="86"/>
        <source>&amp;Delete All My Data</source>
        <translation>Eli&amp;mina tutti i miei dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::FindBar</name>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="17"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="20"/>
        <source>Find in this page</source>
        <translation>Trova in questa pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="24"/>
        <source>Find:</source>
        <translation>Trova:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="30"/>
        <source>Words to find in this page</source>
        <translation>Parole da trovare in questa pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="31"/>
        <source>Type words to find in the open page. Enter finds the next, Shift+Enter the previous.</source>
        <translation>Scrivi le parole da trovare nella pagina aperta. Invio trova il risultato successivo, Shift+Enter quello precedente.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="33"/>
        <source>Matches found</source>
        <translation>Risultati trovati</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="34"/>
        <location filename="../app/ui/search/findbar.cpp" line="145"/>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="40"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Vai al risultato precedente (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="41"/>
        <source>Go to the next match (F3)</source>
        <translation>Vai al risultato successivo (F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="42"/>
        <source>Close the find bar (Escape)</source>
        <translation>Chiudi la barra di ricerca (Esc)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 di %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPanel</name>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="28"/>
        <source>Filter terms</source>
        <translation>Filtra i termini</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="31"/>
        <source>Filter glossary terms</source>
        <translation>Filtra i termini del glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="32"/>
        <source>Type part of a word to show only matching terms</source>
        <translation>Scrivi una parte di una parola per mostrare solo i termini corrispondenti</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="42"/>
        <source>Glossary terms</source>
        <translation>Termini del glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="43"/>
        <source>Press Enter to read a term&apos;s definition</source>
        <translation>Premi Invio per leggere la definizione di un termine</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="90"/>
        <source>Glossary term</source>
        <translation>Termine del glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPopover</name>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="119"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="138"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="140"/>
        <source>Closes the definition and goes back to the article</source>
        <translation>Chiude la definizione e torna all&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="156"/>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="232"/>
        <source>Opens the glossary page of %1</source>
        <translation>Apre la pagina del glossario su %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="233"/>
        <source>%1: definition</source>
        <translation>%1: definizione</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="437"/>
        <source>More about %1</source>
        <translation>Di più su %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="139"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More about this word</source>
        <translation>Di più su questa parola</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More</source>
        <translation>Di più</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HandoutDialog</name>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>&amp;Add to Handout</source>
        <translation>&amp;Aggiungi all&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>Add the selected articles to the end of the handout</source>
        <translation>Aggiungi gli articoli selezionati alla fine dell&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move the selected article one place earlier</source>
        <translation>Sposta l&apos;articolo selezionato di un posto più in alto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move &amp;Down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move the selected article one place later</source>
        <translation>Sposta l&apos;articolo selezionato di un posto più in basso</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>Take the selected article out of the handout</source>
        <translation>Togli l&apos;articolo selezionato dall&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="81"/>
        <source>Cover page with the title and your group&apos;s details</source>
        <translation>Copertina con il titolo e i dati del tuo gruppo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="82"/>
        <source>Contents page with page numbers</source>
        <translation>Indice con i numeri di pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="83"/>
        <source>Glossary of the medical words the articles use</source>
        <translation>Glossario delle parole mediche usate negli articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>Linea del tempo degli eventi</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="85"/>
        <source>My questions for my next appointment, with space for the answers</source>
        <translation>Le mie domande per il prossimo appuntamento, con spazio per le risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>A&amp;pri…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>Open a handout you saved before</source>
        <translation>Apri un opuscolo che hai salvato in precedenza</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>&amp;Save…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>Save this handout&apos;s articles and options to reuse later</source>
        <translation>Salva gli articoli e le opzioni di questo opuscolo per riusarli in seguito</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>Show the pages and print them</source>
        <translation>Mostra le pagine e stampale</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save the handout as one PDF file</source>
        <translation>Salva l&apos;opuscolo in un unico file PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close this window; the handout is remembered for next time</source>
        <translation>Chiudi questa finestra; l&apos;opuscolo viene ricordato per la prossima volta</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="94"/>
        <source>Make a Handout</source>
        <translation>Crea un opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="95"/>
        <source>Make a handout</source>
        <translation>Crea un opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="96"/>
        <source>Choose articles and options for a printed handout booklet.</source>
        <translation>Scegli gli articoli e le opzioni per un opuscolo da stampare.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="100"/>
        <source>2. The cover page</source>
        <translation>2. La copertina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>Handout title</source>
        <translation>Titolo dell&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>The title printed on the cover, for example &quot;Welcome pack&quot;</source>
        <translation>Il titolo stampato sulla copertina, per esempio &quot;Kit di benvenuto&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="103"/>
        <source>For example: Welcome pack</source>
        <translation>Per esempio: Kit di benvenuto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Group name</source>
        <translation>Nome del gruppo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Your group&apos;s name, printed on the cover and at the foot of each page</source>
        <translation>Il nome del tuo gruppo, stampato sulla copertina e in fondo a ogni pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="107"/>
        <source>Contact details</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="108"/>
        <source>How to reach your group: meeting place and times, phone, email. Printed on the cover.</source>
        <translation>Come contattare il tuo gruppo: luogo e orari degli incontri, telefono, email. Stampati sulla copertina.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itolo:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="112"/>
        <source>&amp;Group name:</source>
        <translation>&amp;Nome del gruppo:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="113"/>
        <source>Con&amp;tact details:</source>
        <translation>&amp;Contatti:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="116"/>
        <source>1. Choose the articles</source>
        <translation>1. Scegli gli articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="117"/>
        <source>A&amp;ll articles:</source>
        <translation>Tutti gli artico&amp;li:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="119"/>
        <source>In this &amp;handout, in order:</source>
        <translation>In questo &amp;opuscolo, in ordine:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Filter articles</source>
        <translation>Filtra gli articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Type part of a title to show only matching articles</source>
        <translation>Scrivi una parte di un titolo per mostrare solo gli articoli corrispondenti</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="122"/>
        <source>Type to find an article</source>
        <translation>Scrivi per trovare un articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="125"/>
        <source>All articles</source>
        <translation>Tutti gli articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="126"/>
        <source>Select one or more articles, then choose Add to Handout (or press Enter)</source>
        <translation>Seleziona uno o più articoli, poi scegli Aggiungi all&apos;opuscolo (o premi Invio)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>Articles in this handout</source>
        <translation>Articoli in questo opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>The handout prints these articles in this order</source>
        <translation>L&apos;opuscolo stampa questi articoli in questo ordine</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="153"/>
        <source>3. What else to include</source>
        <translation>3. Cos&apos;altro includere</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="155"/>
        <source>Start with a cover page</source>
        <translation>Inizia con una copertina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="156"/>
        <source>List every part with the page it starts on</source>
        <translation>Elenca ogni parte con la pagina in cui inizia</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="157"/>
        <source>Add the meanings of the medical words used in these articles</source>
        <translation>Aggiungi il significato delle parole mediche usate in questi articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="158"/>
        <source>Add the timeline of research and events</source>
        <translation>Aggiungi la linea del tempo della ricerca e degli eventi</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="159"/>
        <source>Add a page of your own questions from the Questions pane, the ones not ticked off (left out when there are none)</source>
        <translation>Aggiungi una pagina con le tue domande del riquadro Domande, quelle non spuntate (omessa se non ce ne sono)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="164"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="414"/>
        <source>Save paper (%1 point, narrow margins)</source>
        <translation>Risparmia carta (%1 punti, margini stretti)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="169"/>
        <source>Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge for printing on both sides</source>
        <translation>Meno fogli da fotocopiare: testo più piccolo, margini stretti, numeri di pagina sul bordo esterno per la stampa fronte e retro</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="172"/>
        <source>Standard print (%1 point)</source>
        <translation>Stampa normale (%1 punti)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="173"/>
        <source>Large print (%1 point)</source>
        <translation>Caratteri grandi (%1 punti)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="174"/>
        <source>Extra large print (%1 point)</source>
        <translation>Caratteri molto grandi (%1 punti)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="176"/>
        <source>Text size</source>
        <translation>Dimensione del testo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="177"/>
        <source>Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest pages</source>
        <translation>I caratteri grandi (16 punti o più) sono adatti a chi vede poco; Risparmia carta dà il minor numero di pagine</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="180"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="181"/>
        <source>US Letter</source>
        <translation>Letter USA</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>The paper your printer uses</source>
        <translation>La carta usata dalla tua stampante</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="184"/>
        <source>Te&amp;xt size:</source>
        <translation>Dimensione del t&amp;esto:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="186"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="201"/>
        <source>Handout status</source>
        <translation>Stato dell&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="204"/>
        <source>Page count</source>
        <translation>Numero di pagine</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="415"/>
        <source>%1 point</source>
        <translation>%1 punti</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="428"/>
        <source>Left out, because this collection has no such article: %1</source>
        <translation>Articoli esclusi perché non presenti in questa raccolta: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="500"/>
        <source>Already in the handout: %1</source>
        <translation>Già nell&apos;opuscolo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/print/handoutdialog.cpp" line="502"/>
        <source>%n articles in the handout.</source>
        <translation>
            <numerusform>%n articolo nell&apos;opuscolo.</numerusform>
            <numerusform>%n articoli nell&apos;opuscolo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="580"/>
        <source>Add articles to see how many pages the handout takes.</source>
        <translation>Aggiungi degli articoli per vedere quante pagine occupa l&apos;opuscolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="581"/>
        <source>Counting the pages…</source>
        <translation>Conteggio delle pagine…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="602"/>
        <source>The pages could not be counted.</source>
        <translation>Non è stato possibile contare le pagine.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="607"/>
        <source>This handout takes 1 page.</source>
        <translation>Questo opuscolo occupa 1 pagina.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="609"/>
        <source>This handout takes 2 pages (1 sheet printed on both sides).</source>
        <translation>Questo opuscolo occupa 2 pagine (1 foglio stampato fronte e retro).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="612"/>
        <source>This handout takes %1 pages (%2 sheets printed on both sides).</source>
        <translation>Questo opuscolo occupa %1 pagine (%2 fogli stampati fronte e retro).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="634"/>
        <source>Opened %1.</source>
        <translation>Aperto %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="643"/>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="659"/>
        <source>Open a Handout</source>
        <translation>Apri un opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="660"/>
        <source>Myelin handouts (*.json);;All files (*)</source>
        <translation>Opuscoli Myelin (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="666"/>
        <source>Cannot open the handout</source>
        <translation>Impossibile aprire l&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="674"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="690"/>
        <source>handout</source>
        <translation>opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="675"/>
        <source>Save the Handout</source>
        <translation>Salva l&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="677"/>
        <source>Myelin handouts (*.json)</source>
        <translation>Opuscoli Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="684"/>
        <source>Cannot save the handout</source>
        <translation>Impossibile salvare l&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="691"/>
        <source>Save the Handout as PDF</source>
        <translation>Salva l&apos;opuscolo come PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="693"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HighlightDialog</name>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="39"/>
        <source>Yellow</source>
        <translation>Giallo</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="42"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="45"/>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="48"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Highlight</source>
        <translation>Evidenzia</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Edit Note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="66"/>
        <source>Passage: %1</source>
        <translation>Brano: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="70"/>
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="82"/>
        <source>Highlight colour. Use the arrow keys to choose another.</source>
        <translation>Colore dell&apos;evidenziazione. Usa i tasti freccia per sceglierne un altro.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="95"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (facoltativa)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="99"/>
        <source>Note (optional)</source>
        <translation>Nota (facoltativa)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="100"/>
        <source>Your own words about this passage. Ctrl+Enter saves.</source>
        <translation>Le tue parole su questo brano. Ctrl+Enter salva.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="104"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryDays</name>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="12"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="15"/>
        <source>Yesterday</source>
        <translation>Ieri</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryPage</name>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Clear This Day…</source>
        <translation>Cancella questo giorno…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="24"/>
        <source>Clear All History…</source>
        <translation>Cancella tutta la cronologia…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="26"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="36"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="27"/>
        <source>Nothing here yet. The pages you read are listed here by day.</source>
        <translation>Qui non c&apos;è ancora nulla. Le pagine che leggi vengono elencate qui giorno per giorno.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="37"/>
        <source>The pages you read, by day, newest first. Press Enter to open one.</source>
        <translation>Le pagine che hai letto, giorno per giorno, dalle più recenti. Premi Invio per aprirne una.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="42"/>
        <source>Open: open the chosen page</source>
        <translation>Apri: apri la pagina scelta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="43"/>
        <source>Open the chosen page (Enter)</source>
        <translation>Apri la pagina scelta (Invio)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="45"/>
        <source>Clear This Day: remove the chosen day&apos;s pages from the history</source>
        <translation>Cancella questo giorno: rimuovi dalla cronologia le pagine del giorno scelto</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="46"/>
        <source>Remove the chosen day&apos;s pages from the history</source>
        <translation>Rimuovi dalla cronologia le pagine del giorno scelto</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="48"/>
        <source>Clear All History: remove every page from the history</source>
        <translation>Cancella tutta la cronologia: rimuovi tutte le pagine dalla cronologia</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="49"/>
        <source>Remove every page from the history (bookmarks stay)</source>
        <translation>Rimuovi tutte le pagine dalla cronologia (i segnalibri restano)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/historypage.cpp" line="105"/>
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n pagina</numerusform>
            <numerusform>%1, %n pagine</numerusform>
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
        <translation>%1 (non più nella raccolta)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="117"/>
        <source>%1, read at %2, no longer in the library</source>
        <translation>%1, alle %2, non più nella raccolta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="118"/>
        <source>%1, read at %2</source>
        <translation>%1, alle %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="120"/>
        <source>%1: a content update renamed or removed this page.</source>
        <translation>%1: un aggiornamento dei contenuti ha rinominato o rimosso questa pagina.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="182"/>
        <source>Keep It</source>
        <translation>Mantieni</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="202"/>
        <source>Clear This Day?</source>
        <translation>Cancellare questo giorno?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="203"/>
        <source>Remove the pages you read on %1 from the history? Bookmarks and reading places stay.</source>
        <translation>Rimuovere dalla cronologia le pagine lette in questo giorno (%1)? I segnalibri e i punti di lettura restano.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="206"/>
        <source>Clear %1</source>
        <translation>Cancella %1</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="208"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="222"/>
        <source>The history could not be cleared.</source>
        <translation>Non è stato possibile cancellare la cronologia.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="217"/>
        <source>Clear All History?</source>
        <translation>Cancellare tutta la cronologia?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="218"/>
        <source>Remove every page from the history? This cannot be undone. Bookmarks and reading places stay.</source>
        <translation>Rimuovere tutte le pagine dalla cronologia? Non si può annullare. I segnalibri e i punti di lettura restano.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="220"/>
        <source>Clear All History</source>
        <translation>Cancella tutta la cronologia</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::KeyboardNavigation</name>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="42"/>
        <source>Next Region</source>
        <translation>Area successiva</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="45"/>
        <source>Move to the next part of the window: toolbar, contents, article, related items</source>
        <translation>Passa alla parte successiva della finestra: barra degli strumenti, indice, articolo, elementi correlati</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="47"/>
        <source>Previous Region</source>
        <translation>Area precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="50"/>
        <source>Move to the previous part of the window</source>
        <translation>Passa alla parte precedente della finestra</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::LanguageMenu</name>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="16"/>
        <source>Lan&amp;guage</source>
        <translation>Lin&amp;gua</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="24"/>
        <source>Follow the &amp;system</source>
        <translation>Segui il &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="31"/>
        <source>Show Myelin in %1</source>
        <translation>Mostra Myelin in %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="33"/>
        <source>Use the language of this computer when Myelin has it, else English</source>
        <translation>Usa la lingua di questo computer se Myelin la ha, altrimenti l&apos;inglese</translation>
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
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="266"/>
        <source>All articles. Use the arrow keys to move and open them.</source>
        <translation>Tutti gli articoli. Usa i tasti freccia per spostarti e aprirli.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="281"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="305"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="319"/>
        <source>Open in your web browser?</source>
        <translation>Aprire nel browser web?</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="320"/>
        <source>This link leads outside Myelin, to:

%1

Open it in your web browser? Your browser will need an internet connection.</source>
        <translation>Questo collegamento porta fuori da Myelin, a:

%1

Vuoi aprirlo nel tuo browser web? Il browser avrà bisogno di una connessione a internet.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Go back to the previous article</source>
        <translation>Torna all&apos;articolo precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Forward</source>
        <translation>Avanti</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Go forward again</source>
        <translation>Vai di nuovo avanti</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Home</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Go to the welcome page</source>
        <translation>Vai alla pagina di benvenuto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Show the glossary of terms</source>
        <translation>Mostra il glossario dei termini</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Timeline</source>
        <translation>Linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <source>Show the timeline of events</source>
        <translation>Mostra la linea del tempo degli eventi</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <source>Show the collection of quotes</source>
        <translation>Mostra la raccolta di citazioni</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>Make the text smaller</source>
        <translation>Rimpicciolisci il testo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>Normal text size</source>
        <translation>Dimensione normale del testo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>Make the text larger</source>
        <translation>Ingrandisci il testo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="450"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="453"/>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="459"/>
        <source>Text size:</source>
        <translation>Dimensione del testo:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="494"/>
        <source>&amp;Get Help Now</source>
        <translation>&amp;Chiedi aiuto ora</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="496"/>
        <source>Emergency numbers, crisis lines and MS helplines</source>
        <translation>Numeri di emergenza, linee di ascolto per le crisi e numeri di assistenza per la SM</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="518"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="481"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="483"/>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="487"/>
        <source>&amp;View</source>
        <translation>V&amp;isualizza</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="490"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="502"/>
        <source>&amp;How to Use Myelin</source>
        <translation>Come &amp;usare Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="505"/>
        <source>Open the guide to Myelin, with its keyboard shortcuts</source>
        <translation>Apri la guida a Myelin, con le scorciatoie da tastiera</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="544"/>
        <source>Show &amp;Contents</source>
        <translation>Mostra l&apos;&amp;indice</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="547"/>
        <source>Show or hide the contents and glossary beside the article</source>
        <translation>Mostra o nascondi l&apos;indice e il glossario accanto all&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="548"/>
        <source>Show &amp;Related Items</source>
        <translation>Mostra gli elementi &amp;correlati</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="551"/>
        <source>Show or hide the related items beside the article</source>
        <translation>Mostra o nascondi gli elementi correlati accanto all&apos;articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="562"/>
        <source>This page has no related items.</source>
        <translation>Questa pagina non ha elementi correlati.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="686"/>
        <source>Your answer could not be saved. %1</source>
        <translation>Non è stato possibile salvare la tua risposta. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="700"/>
        <source>Changes are not being saved</source>
        <translation>Le modifiche non vengono salvate</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="313"/>
        <source>Text size %1%</source>
        <translation>Dimensione del testo %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="89"/>
        <source>More buttons</source>
        <translation>Altri pulsanti</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="91"/>
        <source>More buttons: those the window has no room for</source>
        <translation>Altri pulsanti: quelli per cui la finestra non ha spazio</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="684"/>
        <source>Thank you. Your answer is saved on this computer only.</source>
        <translation>Grazie. La tua risposta è salvata solo su questo computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="712"/>
        <source>There is no article called &quot;%1&quot;. Showing the welcome page.</source>
        <translation>Non c&apos;è nessun articolo chiamato &quot;%1&quot;. Ecco la pagina di benvenuto.</translation>
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
        <translation>Glossario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="846"/>
        <source>Feedback on &quot;%1&quot;</source>
        <translation>Commento su &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="847"/>
        <source>Article: %1

My comments:
</source>
        <translation>Articolo: %1

I miei commenti:
</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MessageStrip</name>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="15"/>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="16"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="19"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="22"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>Rimetti ciò che hai appena eliminato (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="23"/>
        <source>Close: close this message</source>
        <translation>Chiudi: chiudi questo messaggio</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="24"/>
        <source>Close this message</source>
        <translation>Chiudi questo messaggio</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo: %1</source>
        <translation>Annulla: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataController</name>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="51"/>
        <source>My &amp;Data</source>
        <translation>I miei &amp;dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="53"/>
        <source>&amp;Export My Data…</source>
        <translation>&amp;Esporta i miei dati…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="54"/>
        <source>Save your bookmarks, notes, questions and history in one file, to keep or to move to another computer</source>
        <translation>Salva segnalibri, note, domande e cronologia in un unico file, da conservare o da spostare su un altro computer</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="56"/>
        <source>&amp;Import My Data…</source>
        <translation>&amp;Importa i miei dati…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="57"/>
        <source>Add the bookmarks, notes, questions and history from an exported file; nothing of yours is overwritten</source>
        <translation>Aggiungi segnalibri, note, domande e cronologia da un file esportato; nulla di tuo viene sovrascritto</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="60"/>
        <source>&amp;Delete All My Data…</source>
        <translation>Eli&amp;mina tutti i miei dati…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="61"/>
        <source>Delete your bookmarks, notes, questions, history and answers from this computer</source>
        <translation>Elimina da questo computer segnalibri, note, domande, cronologia e risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="74"/>
        <source>Your data file was damaged</source>
        <translation>Il tuo file di dati era danneggiato</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="75"/>
        <source>A new data file was started; the damaged one was kept aside.</source>
        <translation>È stato creato un nuovo file di dati; quello danneggiato è stato messo da parte.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="99"/>
        <source>Myelin data %1</source>
        <translation>Dati Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="101"/>
        <source>Export My Data</source>
        <translation>Esporta i miei dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="102"/>
        <source>Myelin data (*.json)</source>
        <translation>Dati Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="118"/>
        <source>Your data was not exported</source>
        <translation>I tuoi dati non sono stati esportati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="122"/>
        <source>Your data is saved in %1.</source>
        <translation>I tuoi dati sono salvati in %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="123"/>
        <source>There was nothing to export yet.</source>
        <translation>Non c&apos;era ancora nulla da esportare.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="124"/>
        <source>It holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="125"/>
        <source>Keep it somewhere safe: your notes are in it as plain text. To bring them back, or onto another computer, choose File &gt; My Data &gt; Import My Data.</source>
        <translation>Conservalo in un posto sicuro: contiene le tue note come testo semplice. Per recuperarle, anche su un altro computer, scegli File &gt; I miei dati &gt; Importa i miei dati.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="127"/>
        <source>Your data is exported</source>
        <translation>I tuoi dati sono stati esportati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="128"/>
        <source>Your data is exported to %1</source>
        <translation>I tuoi dati sono stati esportati in %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="138"/>
        <source>Import My Data</source>
        <translation>Importa i miei dati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="139"/>
        <source>Myelin data (*.json);;All files (*)</source>
        <translation>Dati Myelin (*.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="151"/>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="154"/>
        <source>From %1:</source>
        <translation>Da %1:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="156"/>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="179"/>
        <source>Your data was not deleted</source>
        <translation>I tuoi dati non sono stati eliminati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="182"/>
        <source>Your bookmarks, notes, questions, history and answers are deleted from this computer.</source>
        <translation>Segnalibri, note, domande, cronologia e risposte sono stati eliminati da questo computer.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="184"/>
        <source>These set-aside copies could not be removed; delete them yourself:</source>
        <translation>Non è stato possibile rimuovere queste copie messe da parte; eliminale tu:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="194"/>
        <source>Your settings are back as they were when Myelin was installed.</source>
        <translation>Le tue impostazioni sono tornate come erano quando Myelin è stato installato.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="195"/>
        <source>Your settings are back to the defaults for now, but could not be saved.</source>
        <translation>Le tue impostazioni sono tornate a quelle predefinite per ora, ma non è stato possibile salvarle.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="198"/>
        <source>Your data is deleted</source>
        <translation>I tuoi dati sono stati eliminati</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="199"/>
        <source>Your data is deleted.</source>
        <translation>I tuoi dati sono stati eliminati.</translation>
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
            <numerusform>%n segnalibro</numerusform>
            <numerusform>%n segnalibri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n cartella</numerusform>
            <numerusform>%n cartelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n con una nota</numerusform>
            <numerusform>%n con una nota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="21"/>
        <source>%n questions for your appointment</source>
        <translation>
            <numerusform>%n domanda per il tuo appuntamento</numerusform>
            <numerusform>%n domande per il tuo appuntamento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="24"/>
        <source>your reading history (%n page visits)</source>
        <translation>
            <numerusform>la tua cronologia di lettura (%n pagina visitata)</numerusform>
            <numerusform>la tua cronologia di lettura (%n pagine visitate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="27"/>
        <source>where you were in %n articles</source>
        <translation>
            <numerusform>il punto di lettura in %n articolo</numerusform>
            <numerusform>i punti di lettura in %n articoli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="30"/>
        <source>%n answers to “Was this useful?”</source>
        <translation>
            <numerusform>%n risposta a “Ti è stato utile?”</numerusform>
            <numerusform>%n risposte a “Ti è stato utile?”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="52"/>
        <source>%n bookmark folders</source>
        <translation>
            <numerusform>%n cartella di segnalibri</numerusform>
            <numerusform>%n cartelle di segnalibri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="55"/>
        <source>%n highlights and notes</source>
        <translation>
            <numerusform>%n evidenziazione o nota</numerusform>
            <numerusform>%n evidenziazioni e note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="58"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n domanda</numerusform>
            <numerusform>%n domande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="61"/>
        <source>%n page visits in your history</source>
        <translation>
            <numerusform>%n pagina visitata nella cronologia</numerusform>
            <numerusform>%n pagine visitate nella cronologia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="64"/>
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n punto di lettura</numerusform>
            <numerusform>%n punti di lettura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="67"/>
        <source>%n feedback answers</source>
        <translation>
            <numerusform>%n risposta sull&apos;utilità</numerusform>
            <numerusform>%n risposte sull&apos;utilità</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="69"/>
        <source>Added: %1.</source>
        <translation>Aggiunti: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="71"/>
        <source>Nothing new was added: everything in the file is already here.</source>
        <translation>Non è stato aggiunto nulla di nuovo: tutto ciò che è nel file è già presente.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="74"/>
        <source>Already here, so skipped: %n items.</source>
        <translation>
            <numerusform>Già presente, quindi saltato: %n elemento.</numerusform>
            <numerusform>Già presenti, quindi saltati: %n elementi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="77"/>
        <source>Kept both: %n items in the file are different versions of yours (other words), so they were added beside yours. Nothing of yours was changed.</source>
        <translation>
            <numerusform>Conservati entrambi: %n elemento del file è una versione diversa di uno dei tuoi (con altre parole), quindi è stato aggiunto accanto al tuo. Nulla di tuo è stato modificato.</numerusform>
            <numerusform>Conservati entrambi: %n elementi del file sono versioni diverse dei tuoi (con altre parole), quindi sono stati aggiunti accanto ai tuoi. Nulla di tuo è stato modificato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="82"/>
        <source>Could not be read, so skipped: %n items.</source>
        <translation>
            <numerusform>Non leggibile, quindi saltato: %n elemento.</numerusform>
            <numerusform>Non leggibili, quindi saltati: %n elementi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesController</name>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="59"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Evidenzia…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <source>Edit &amp;Note…</source>
        <translation>Modifica &amp;nota…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <location filename="../app/ui/notes/notescontroller.cpp" line="77"/>
        <source>Change C&amp;olour</source>
        <translation>Cambia c&amp;olore</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Rimuovi l&apos;evidenziazione</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Undo Remove Highlight</source>
        <translation>&amp;Annulla la rimozione dell&apos;evidenziazione</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="65"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="68"/>
        <source>Highlight the selected passage, with a note if you like</source>
        <translation>Evidenzia il brano selezionato, con una nota se vuoi</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="78"/>
        <source>Change Colour</source>
        <translation>Cambia colore</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="106"/>
        <source>Show your highlights and notes</source>
        <translation>Mostra le tue evidenziazioni e note</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="485"/>
        <source>That article is no longer in the library. Your notes on it are kept.</source>
        <translation>Quell&apos;articolo non è più nella raccolta. Le tue note su di esso vengono conservate.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="268"/>
        <source>Select a passage in the article first, then choose Highlight (%1).</source>
        <translation>Seleziona prima un brano nell&apos;articolo, poi scegli Evidenzia (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="274"/>
        <source>Highlights can be kept in articles only.</source>
        <translation>Le evidenziazioni si possono conservare solo negli articoli.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="306"/>
        <source>Your highlight could not be saved. %1</source>
        <translation>Non è stato possibile salvare l&apos;evidenziazione. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="312"/>
        <source>Highlighted. It is listed under Notes.</source>
        <translation>Brano evidenziato. Lo trovi nel riquadro Note.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="323"/>
        <source>Your note could not be saved. %1</source>
        <translation>Non è stato possibile salvare la nota. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="339"/>
        <source>The new colour could not be saved. %1</source>
        <translation>Non è stato possibile salvare il nuovo colore. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="347"/>
        <source>The highlight could not be removed. %1</source>
        <translation>Non è stato possibile rimuovere l&apos;evidenziazione. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="500"/>
        <source>Removed the highlight %1.</source>
        <translation>Evidenziazione %1 rimossa.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="358"/>
        <source>Removed the highlight %1. Undo is in the Notes pane and the article&apos;s menu.</source>
        <translation>Evidenziazione %1 rimossa. Puoi annullare dal riquadro Note e dal menu dell&apos;articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="370"/>
        <source>The highlight could not be brought back. %1</source>
        <translation>Non è stato possibile ripristinare l&apos;evidenziazione. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="378"/>
        <source>The highlight is back.</source>
        <translation>L&apos;evidenziazione è di nuovo al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="394"/>
        <source>That article is no longer in the library. Your highlight and note are kept here.</source>
        <translation>Quell&apos;articolo non è più nella raccolta. La tua evidenziazione e la tua nota vengono conservate qui.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="411"/>
        <source>This highlight could not be placed: the passage has changed since you marked it. Your quote is kept in the Notes pane.</source>
        <translation>Non è stato possibile collocare questa evidenziazione: il brano è cambiato da quando l&apos;hai segnato. La tua citazione viene conservata nel riquadro Note.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="429"/>
        <source>Your highlight: %1</source>
        <translation>La tua evidenziazione: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesPane</name>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <location filename="../app/ui/notes/notespane.cpp" line="59"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="28"/>
        <location filename="../app/ui/notes/notespane.cpp" line="63"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="29"/>
        <location filename="../app/ui/notes/notespane.cpp" line="232"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="35"/>
        <source>No highlights yet. Select a passage in an article, right-click it and choose Highlight… to keep it here with your own note.</source>
        <translation>Ancora nessuna evidenziazione. Seleziona un brano in un articolo, fai clic con il tasto destro e scegli Evidenzia… per conservarlo qui con una tua nota.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="50"/>
        <source>Notes and highlights</source>
        <translation>Note ed evidenziazioni</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="51"/>
        <source>Your highlights by article. Press Enter to show one in its article, Delete to remove it.</source>
        <translation>Le tue evidenziazioni per articolo. Premi Invio per mostrarne una nel suo articolo, Canc per rimuoverla.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="60"/>
        <source>Show the chosen highlight in its article</source>
        <translation>Mostra l&apos;evidenziazione scelta nel suo articolo</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="61"/>
        <source>Edit note</source>
        <translation>Modifica la nota</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="62"/>
        <source>Change the chosen highlight&apos;s note or colour</source>
        <translation>Cambia la nota o il colore dell&apos;evidenziazione scelta</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="64"/>
        <source>Remove the chosen highlight and its note (you can undo it)</source>
        <translation>Rimuovi l&apos;evidenziazione scelta e la sua nota (puoi annullare)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="75"/>
        <source>Bring back the highlight you removed</source>
        <translation>Ripristina l&apos;evidenziazione che hai rimosso</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="134"/>
        <source>No longer in the library</source>
        <translation>Non più nella raccolta</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="140"/>
        <source>%1, no longer in the library</source>
        <translation>%1, non più nella raccolta</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="143"/>
        <source>Article. Press Enter to open it.</source>
        <translation>Articolo. Premi Invio per aprirlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="144"/>
        <source>This article is not in this version of the library. Your highlights and notes on it are kept.</source>
        <translation>Questo articolo non è in questa versione della raccolta. Le tue evidenziazioni e note su di esso vengono conservate.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="155"/>
        <source>Could not be placed</source>
        <translation>Non collocata</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="171"/>
        <source>%1 highlight in %2: %3</source>
        <translation>Evidenziazione (%1) in %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="174"/>
        <source>The passage has changed since you marked it, so it is not shown in the article. Your quote is kept.</source>
        <translation>Il brano è cambiato da quando l&apos;hai segnato, quindi non viene mostrato nell&apos;articolo. La tua citazione viene conservata.</translation>
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
        <translation>Non è stato possibile leggere le pagine.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="35"/>
        <source>The printer could not be started.</source>
        <translation>Non è stato possibile avviare la stampante.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="55"/>
        <source>The printer stopped after page %1.</source>
        <translation>La stampante si è fermata dopo la pagina %1.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPipeline</name>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="107"/>
        <source>%1, version %2</source>
        <translation>%1, versione %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="127"/>
        <source>No article was chosen.</source>
        <translation>Non è stato scelto nessun articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="133"/>
        <source>There is no article called &quot;%1&quot;.</source>
        <translation>Non c&apos;è nessun articolo chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="145"/>
        <source>Articles from Myelin</source>
        <translation>Articoli da Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="178"/>
        <source>This page cannot be printed.</source>
        <translation>Questa pagina non può essere stampata.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="190"/>
        <source>Glossary: %1</source>
        <translation>Glossario: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <source>Timeline: %1</source>
        <translation>Linea del tempo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="201"/>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="214"/>
        <source>The handout has no articles. Add at least one.</source>
        <translation>L&apos;opuscolo non contiene articoli. Aggiungine almeno uno.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="220"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>In questa raccolta non c&apos;è nessun articolo chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="223"/>
        <source>Information about MS</source>
        <translation>Informazioni sulla SM</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="233"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="263"/>
        <source>Glossary</source>
        <translation>Glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="268"/>
        <source>Timeline</source>
        <translation>Linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="289"/>
        <source>There are no questions to print.</source>
        <translation>Non ci sono domande da stampare.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="335"/>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>Non è stato possibile stampare &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="363"/>
        <source>The contents page could not be laid out.</source>
        <translation>Non è stato possibile impaginare l&apos;indice.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="393"/>
        <source>The PDF could not be put together: %1</source>
        <translation>Non è stato possibile comporre il PDF: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PrintController</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="52"/>
        <source>%1 could not be saved: %2</source>
        <translation>Non è stato possibile salvare %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="104"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="375"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>As &amp;PDF…</source>
        <translation>Come &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="170"/>
        <source>Print this page</source>
        <translation>Stampa questa pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>Save this page as a PDF file, ready to print or email</source>
        <translation>Salva questa pagina come file PDF, pronto da stampare o da inviare per email</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>Come pagina &amp;web (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>Save this article as one web page file that opens in any browser</source>
        <translation>Salva questo articolo come un unico file di pagina web che si apre in qualsiasi browser</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>As Plain &amp;Text…</source>
        <translation>Come &amp;testo semplice…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>Save this article as plain text</source>
        <translation>Salva questo articolo come testo semplice</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Make a &amp;Handout…</source>
        <translation>Crea un &amp;opuscolo…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Put several articles together into a booklet to print or save as PDF</source>
        <translation>Riunisci più articoli in un opuscolo da stampare o salvare come PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Esporta come PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Export as Web Page</source>
        <translation>Esporta come pagina web</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Web pages (*.html)</source>
        <translation>Pagine web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="127"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="135"/>
        <source>Cannot export</source>
        <translation>Impossibile esportare</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Export as Plain Text</source>
        <translation>Esporta come testo semplice</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="142"/>
        <source>&amp;Export</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="145"/>
        <source>Paper &amp;Size</source>
        <translation>&amp;Formato carta</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>US &amp;Letter</source>
        <translation>&amp;Letter USA</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="152"/>
        <source>Print and export on %1 paper</source>
        <translation>Stampa ed esporta su carta %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="297"/>
        <source>Preparing the pages for printing…</source>
        <translation>Preparazione delle pagine per la stampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="303"/>
        <source>Cannot print</source>
        <translation>Impossibile stampare</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="315"/>
        <source>Preparing the handout&apos;s pages…</source>
        <translation>Preparazione delle pagine dell&apos;opuscolo…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="321"/>
        <source>Cannot print the handout</source>
        <translation>Impossibile stampare l&apos;opuscolo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="340"/>
        <source>Print Preview – %1</source>
        <translation>Anteprima di stampa – %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="341"/>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="343"/>
        <source>%1. Choose Print to send them to a printer.</source>
        <translation>%1. Scegli Stampa per inviarle a una stampante.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="374"/>
        <source>Choose a printer and print these pages</source>
        <translation>Scegli una stampante e stampa queste pagine</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="376"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="378"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="377"/>
        <source>Close the preview without printing</source>
        <translation>Chiudi l&apos;anteprima senza stampare</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="403"/>
        <source>%1 ready to print.</source>
        <translation>Pronto per la stampa: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="412"/>
        <source>Saved %1 (%2).</source>
        <translation>Salvato %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="419"/>
        <source>Cannot save the PDF</source>
        <translation>Impossibile salvare il PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="431"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="464"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="485"/>
        <source>Open an article first.</source>
        <translation>Apri prima un articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="437"/>
        <source>Making the PDF…</source>
        <translation>Creazione del PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="448"/>
        <location filename="../app/ui/print/printquestions.cpp" line="102"/>
        <source>Another PDF is being made; try again in a moment.</source>
        <translation>È già in corso la creazione di un altro PDF; riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="451"/>
        <source>Making the handout PDF…</source>
        <translation>Creazione del PDF dell&apos;opuscolo…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="476"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="494"/>
        <source>Saved %1.</source>
        <translation>Salvato %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="49"/>
        <source>Your questions take %1</source>
        <translation>Le tue domande occupano %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="50"/>
        <source>Your %1 questions do not fit on one page at this text size (%2 pt). They take %3.</source>
        <translation>Le tue %1 domande non entrano in una pagina con questa dimensione del testo (%2 pt). Occupano %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="57"/>
        <source>You can go on with %1, or cancel and tick off or delete some questions, or make the text smaller (ticked questions are left out).</source>
        <translation>Puoi continuare con %1, oppure annullare e spuntare o eliminare alcune domande, oppure rimpicciolire il testo (le domande spuntate vengono escluse).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="61"/>
        <source>Use %1</source>
        <translation>Usa %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="80"/>
        <source>Preparing your questions for printing…</source>
        <translation>Preparazione delle tue domande per la stampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="83"/>
        <source>Cannot print your questions</source>
        <translation>Impossibile stampare le tue domande</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>Save My Questions as PDF</source>
        <translation>Salva le mie domande in PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>my-questions</source>
        <translation>le-mie-domande</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="105"/>
        <source>Making the PDF of your questions…</source>
        <translation>Creazione del PDF delle tue domande…</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionDialog</name>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="24"/>
        <source>Your &amp;question:</source>
        <translation>La tua &amp;domanda:</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="27"/>
        <source>Your question</source>
        <translation>La tua domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="28"/>
        <source>Enter saves it; Shift+Enter starts a new line</source>
        <translation>Invio la salva; Shift+Enter va a capo</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionOrigin</name>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”: %2</source>
        <translation>Da “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”</source>
        <translation>Da “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="72"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (non più nella raccolta)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsController</name>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>Add to My &amp;Questions…</source>
        <translation>Aggiungi alle mie &amp;domande…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>My &amp;Questions</source>
        <translation>Le mie &amp;domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="46"/>
        <source>Print M&amp;y Questions…</source>
        <translation>Stampa le mie do&amp;mande…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="47"/>
        <source>Save My Questions as PD&amp;F…</source>
        <translation>Sa&amp;lva le mie domande in PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="50"/>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="53"/>
        <source>Save a question about this passage, heading or word for your next appointment</source>
        <translation>Salva una domanda su questo brano, titolo o parola per il tuo prossimo appuntamento</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="57"/>
        <source>Show your questions for your next appointment</source>
        <translation>Mostra le tue domande per il prossimo appuntamento</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="72"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Stampa le tue domande su una pagina a caratteri grandi, con spazio per le risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="74"/>
        <source>Save your questions as a one-page PDF in large print</source>
        <translation>Salva le tue domande come PDF di una pagina a caratteri grandi</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="146"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="161"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="197"/>
        <source>Can you tell me more about %1?</source>
        <translation>Può dirmi di più su %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="199"/>
        <source>Can you tell me more about this?</source>
        <translation>Può dirmi di più su questo?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="223"/>
        <source>Add to My Questions</source>
        <translation>Aggiungi alle mie domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="228"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="247"/>
        <source>The question could not be saved.</source>
        <translation>Non è stato possibile salvare la domanda.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="232"/>
        <source>Added to your questions (the Questions tab).</source>
        <translation>Aggiunta alle tue domande (scheda Domande).</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="243"/>
        <source>Edit Question</source>
        <translation>Modifica la domanda</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsPane</name>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="60"/>
        <source>Questions to ask at your next appointment.</source>
        <translation>Domande da fare al prossimo appuntamento.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add question</source>
        <translation>Aggiungi la domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add the question typed above to the end of the list</source>
        <translation>Aggiungi la domanda scritta sopra alla fine dell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="62"/>
        <source>No questions yet. Type one above, or right-click in an article and choose &quot;Add to My Questions&quot;.</source>
        <translation>Ancora nessuna domanda. Scrivine una qui sopra, oppure fai clic con il tasto destro in un articolo e scegli &quot;Aggiungi alle mie domande&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move &amp;Up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move the chosen question one place earlier (Ctrl+Up)</source>
        <translation>Sposta la domanda scelta di un posto più in alto (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move Do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move the chosen question one place later (Ctrl+Down)</source>
        <translation>Sposta la domanda scelta di un posto più in basso (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Change the chosen question&apos;s words (F2)</source>
        <translation>Cambia le parole della domanda scelta (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete the chosen question; you can undo it</source>
        <translation>Elimina la domanda scelta; puoi annullare</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>&amp;Open Page</source>
        <translation>Apri la &amp;pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open page</source>
        <translation>Apri la pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open the page the question came from (Enter)</source>
        <translation>Apri la pagina da cui viene la domanda (Invio)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Put the deleted question back (Ctrl+Z)</source>
        <translation>Rimetti la domanda eliminata (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Hide this message; the question stays deleted</source>
        <translation>Nascondi questo messaggio; la domanda resta eliminata</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>Print my questions</source>
        <translation>Stampa le mie domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="76"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Stampa le tue domande su una pagina a caratteri grandi, con spazio per le risposte</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save my questions as PDF</source>
        <translation>Salva le mie domande in PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save the same page as a PDF file</source>
        <translation>Salva la stessa pagina come file PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="79"/>
        <source>Tick a question off when it has been answered: ticked ones are left out when you print.</source>
        <translation>Spunta una domanda quando ha avuto risposta: quelle spuntate vengono escluse dalla stampa.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="84"/>
        <source>Questions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="101"/>
        <location filename="../app/ui/questions/questionspane.cpp" line="102"/>
        <source>Type a question</source>
        <translation>Scrivi una domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="103"/>
        <source>Enter adds it to the end of the list</source>
        <translation>Invio la aggiunge alla fine dell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="116"/>
        <source>My questions</source>
        <translation>Le mie domande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="117"/>
        <source>Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it</source>
        <translation>Spazio spunta una domanda, Invio apre la sua pagina, F2 la modifica, Canc la elimina, Ctrl+Up e Ctrl+Down la spostano</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="149"/>
        <source>Deleted question</source>
        <translation>Domanda eliminata</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="219"/>
        <source>Ticked off</source>
        <translation>Spuntata</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="274"/>
        <source>The question could not be saved.</source>
        <translation>Non è stato possibile salvare la domanda.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="279"/>
        <source>Added to your questions.</source>
        <translation>Aggiunta alle tue domande.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="336"/>
        <source>The question could not be deleted.</source>
        <translation>Non è stato possibile eliminare la domanda.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="340"/>
        <source>Deleted: %1</source>
        <translation>Eliminata: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="342"/>
        <source>Question deleted. Undo puts it back.</source>
        <translation>Domanda eliminata. Annulla la rimette al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="352"/>
        <source>The question could not be put back.</source>
        <translation>Non è stato possibile rimettere la domanda al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="358"/>
        <source>Question put back.</source>
        <translation>Domanda rimessa al suo posto.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="378"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” non è più nella raccolta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="380"/>
        <source>This question was typed, not added from a page.</source>
        <translation>Questa domanda è stata scritta, non aggiunta da una pagina.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ReadAloudController</name>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="41"/>
        <source>Slow</source>
        <translation>Lenta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="42"/>
        <source>A little slower</source>
        <translation>Un po&apos; più lenta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="44"/>
        <source>A little faster</source>
        <translation>Un po&apos; più veloce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="45"/>
        <source>Fast</source>
        <translation>Veloce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="464"/>
        <source>Listen</source>
        <translation>Ascolta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="53"/>
        <source>&amp;Read aloud</source>
        <translation>Lettura ad alta &amp;voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="54"/>
        <source>&amp;Voice</source>
        <translation>V&amp;oce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="55"/>
        <source>Read aloud</source>
        <translation>Lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="489"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Interrompi la lettura ad alta voce (Esc o %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Stop reading aloud</source>
        <translation>Interrompi la lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="83"/>
        <source>&amp;Speed</source>
        <translation>&amp;Velocità</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="99"/>
        <source>Read aloud controls</source>
        <translation>Comandi della lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="105"/>
        <source>Speed:</source>
        <translation>Velocità:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="108"/>
        <source>Reading speed</source>
        <translation>Velocità di lettura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="109"/>
        <source>How fast the voice reads</source>
        <translation>Quanto velocemente legge la voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="114"/>
        <source>Voice:</source>
        <translation>Voce:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="117"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="118"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="529"/>
        <source>Which voice reads</source>
        <translation>Quale voce legge</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="127"/>
        <source>Reading progress</source>
        <translation>Avanzamento della lettura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="206"/>
        <source>The article is still opening. Try again in a moment.</source>
        <translation>L&apos;articolo si sta ancora aprendo. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="219"/>
        <source>Starting the voice…</source>
        <translation>Avvio della voce…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="230"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="256"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="286"/>
        <source>Read aloud is not available.</source>
        <translation>La lettura ad alta voce non è disponibile.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="240"/>
        <source>There is no text to read on this page.</source>
        <translation>In questa pagina non c&apos;è testo da leggere.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="273"/>
        <source>Sentence %1 of %2</source>
        <translation>Frase %1 di %2</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="299"/>
        <source>Finished reading aloud.</source>
        <translation>Lettura ad alta voce terminata.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="360"/>
        <source>Check that speakers or headphones are connected, switched on and not muted, then press Listen to try again.</source>
        <translation>Controlla che altoparlanti o cuffie siano collegati, accesi e non silenziati, poi premi Ascolta per riprovare.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="364"/>
        <source>Read aloud stopped: no sound could be played.</source>
        <translation>Lettura ad alta voce interrotta: non è stato possibile riprodurre alcun suono.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="365"/>
        <source>Read aloud stopped because the voice started the sentence but could not finish it. This computer may have no working sound output.</source>
        <translation>La lettura ad alta voce si è interrotta perché la voce ha iniziato la frase ma non è riuscita a finirla. Questo computer potrebbe non avere un&apos;uscita audio funzionante.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="369"/>
        <source>Read aloud stopped: the voice did not start.</source>
        <translation>Lettura ad alta voce interrotta: la voce non è partita.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="370"/>
        <source>Read aloud stopped because the voice did not start speaking. The speech engine may not be working, or this computer may have no working sound output.</source>
        <translation>La lettura ad alta voce si è interrotta perché la voce non ha iniziato a parlare. Il motore di sintesi vocale potrebbe non funzionare, oppure questo computer potrebbe non avere un&apos;uscita audio funzionante.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="372"/>
        <source>If that does not help:</source>
        <translation>Se non basta:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="389"/>
        <source>Read aloud is not available</source>
        <translation>La lettura ad alta voce non è disponibile</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="466"/>
        <source>Read the article aloud, from the selected text or from the top</source>
        <translation>Leggi l&apos;articolo ad alta voce, dal testo selezionato o dall&apos;inizio</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="469"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="471"/>
        <source>Pause reading aloud</source>
        <translation>Metti in pausa la lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="474"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="476"/>
        <source>Go on reading aloud</source>
        <translation>Continua la lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Close the read aloud bar</source>
        <translation>Chiudi la barra della lettura ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="504"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="518"/>
        <source>Standard voice</source>
        <translation>Voce standard</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="527"/>
        <source>Voices are listed once the speech engine has started</source>
        <translation>Le voci vengono elencate quando il motore di sintesi vocale è avviato</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RelatedPanel</name>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="22"/>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="35"/>
        <source>Related items</source>
        <translation>Elementi correlati</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="36"/>
        <source>Articles related to the open one. Press Enter to open one.</source>
        <translation>Articoli collegati a quello aperto. Premi Invio per aprirne uno.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RenderingController</name>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="160"/>
        <source>Page &amp;Drawing</source>
        <translation>&amp;Disegno della pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>&amp;Automatic (recommended)</source>
        <translation>&amp;Automatico (consigliato)</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>Use the graphics card when the computer has one</source>
        <translation>Usa la scheda grafica se il computer ne ha una</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="173"/>
        <source>Wit&amp;hout the Graphics Card</source>
        <translation>&amp;Senza la scheda grafica</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="174"/>
        <source>Steadier and lighter on computers without a graphics card, such as virtual machines</source>
        <translation>Più stabile e leggero sui computer senza scheda grafica, come le macchine virtuali</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>&amp;With the Graphics Card</source>
        <translation>&amp;Con la scheda grafica</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>Always use the graphics card</source>
        <translation>Usa sempre la scheda grafica</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="189"/>
        <source>Pages are now drawn without the graphics card</source>
        <translation>Ora le pagine vengono disegnate senza la scheda grafica</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="190"/>
        <source>Pages are now drawn with the graphics card</source>
        <translation>Ora le pagine vengono disegnate con la scheda grafica</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="205"/>
        <source>Myelin will draw pages this way the next time it starts.</source>
        <translation>Myelin disegnerà le pagine in questo modo dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchBox</name>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="11"/>
        <source>Search articles, terms, events</source>
        <translation>Cerca articoli, termini, eventi</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="12"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="14"/>
        <source>Type to search articles, glossary terms and timeline events. Results appear as you type; use the Up and Down keys to choose one and Enter to open it.</source>
        <translation>Scrivi per cercare articoli, termini del glossario ed eventi della linea del tempo. I risultati compaiono mentre scrivi; usa i tasti Su e Giù per sceglierne uno e Invio per aprirlo.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="16"/>
        <source>Search articles, glossary terms and timeline events (Ctrl+K)</source>
        <translation>Cerca articoli, termini del glossario ed eventi della linea del tempo (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchController</name>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="101"/>
        <source>&amp;Search…</source>
        <translation>&amp;Cerca…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="104"/>
        <source>Search articles, glossary terms and timeline events</source>
        <translation>Cerca articoli, termini del glossario ed eventi della linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="107"/>
        <source>&amp;Find in This Page…</source>
        <translation>&amp;Trova in questa pagina…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="110"/>
        <source>Find words in the open page</source>
        <translation>Trova parole nella pagina aperta</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="113"/>
        <source>Find &amp;Next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="115"/>
        <source>Go to the next match in the page</source>
        <translation>Vai al risultato successivo nella pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="121"/>
        <source>Find &amp;Previous</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="123"/>
        <source>Go to the previous match in the page</source>
        <translation>Vai al risultato precedente nella pagina</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="194"/>
        <source>Search is not available: %1</source>
        <translation>La ricerca non è disponibile: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="208"/>
        <location filename="../app/ui/search/searchcontroller.cpp" line="403"/>
        <source>No page has all of these words. Pages with some of them:</source>
        <translation>Nessuna pagina contiene tutte queste parole. Pagine che ne contengono alcune:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="219"/>
        <source>Show all results for %1</source>
        <translation>Mostra tutti i risultati per %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="224"/>
        <source>No results for %1. Check the spelling, or try fewer or other words.</source>
        <translation>Nessun risultato per %1. Controlla come è scritto, oppure prova con meno parole o con parole diverse.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="348"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” non è più nella raccolta.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="367"/>
        <source>Articles</source>
        <translation>Articoli</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="368"/>
        <source>Glossary terms</source>
        <translation>Termini del glossario</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="369"/>
        <source>Timeline events</source>
        <translation>Eventi della linea del tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="379"/>
        <source>%1 or more</source>
        <translation>%1 o più</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="380"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="388"/>
        <source>Your notes and questions (%1)</source>
        <translation>Le tue note e domande (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="410"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchPopup</name>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="25"/>
        <location filename="../app/ui/search/searchpopup.cpp" line="36"/>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="37"/>
        <source>Use the Up and Down keys in the search field to choose, Enter to open.</source>
        <translation>Usa i tasti Su e Giù nel campo di ricerca per scegliere, Invio per aprire.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="78"/>
        <source>More in the glossary →</source>
        <translation>Altro nel glossario →</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="86"/>
        <source>Did you mean: &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Forse cercavi: &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsModel</name>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="29"/>
        <source>Your question</source>
        <translation>La tua domanda</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your note</source>
        <translation>La tua nota</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your highlight</source>
        <translation>La tua evidenziazione</translation>
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
        <translation>Definizione: %1. %2 Altro nel glossario.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Forse cercavi: %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="96"/>
        <source>Definition</source>
        <translation>Definizione</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsPanel</name>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="17"/>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="30"/>
        <source>All search results</source>
        <translation>Tutti i risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="20"/>
        <source>Search results summary</source>
        <translation>Riepilogo dei risultati della ricerca</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="32"/>
        <source>Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one.</source>
        <translation>Articoli, termini del glossario, eventi della linea del tempo e le tue note e domande. Premi Invio per aprirne uno.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="47"/>
        <source>No results for “%1”.</source>
        <translation>Nessun risultato per “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/search/searchresultspanel.cpp" line="49"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n risultato per “%1”</numerusform>
            <numerusform>%n risultati per “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SidePanes</name>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="43"/>
        <location filename="../app/ui/shell/sidepanes.cpp" line="45"/>
        <source>Side panes</source>
        <translation>Riquadri laterali</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="53"/>
        <source>Side pane</source>
        <translation>Riquadro laterale</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="54"/>
        <source>Choose what is shown beside the article.</source>
        <translation>Scegli cosa mostrare accanto all&apos;articolo.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="93"/>
        <source>Shows the %1 pane beside the article.</source>
        <translation>Mostra il riquadro %1 accanto all&apos;articolo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SpeechBackend</name>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="87"/>
        <source>Read aloud needs a speech engine, and none is installed.</source>
        <translation>La lettura ad alta voce ha bisogno di un motore di sintesi vocale, e non ne è installato nessuno.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="90"/>
        <source>Read aloud needs the speech engine &quot;%1&quot;, which is not installed.</source>
        <translation>La lettura ad alta voce ha bisogno del motore di sintesi vocale &quot;%1&quot;, che non è installato.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="96"/>
        <source>The speech engine could not start (%1).</source>
        <translation>Non è stato possibile avviare il motore di sintesi vocale (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="100"/>
        <source>The speech engine has no voices to read with.</source>
        <translation>Il motore di sintesi vocale non ha voci con cui leggere.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="157"/>
        <source>The voice could not be played%1: this computer may have no working sound output. Check that speakers or headphones are connected, switched on and not muted, then start Myelin again.</source>
        <translation>Non è stato possibile riprodurre la voce%1: questo computer potrebbe non avere un&apos;uscita audio funzionante. Controlla che altoparlanti o cuffie siano collegati, accesi e non silenziati, poi riavvia Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="163"/>
        <source>The speech engine stopped with an error%1.</source>
        <translation>Il motore di sintesi vocale si è fermato con un errore%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="35"/>
        <source>This copy of Myelin was built without read aloud, because Qt TextToSpeech was missing when it was built. To build it with read aloud, install qt6-speech-dev, then %1</source>
        <translation>Questa copia di Myelin è stata compilata senza la lettura ad alta voce, perché Qt TextToSpeech mancava al momento della compilazione. Per compilarla con la lettura ad alta voce, installa qt6-speech-dev, poi: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="72"/>
        <source>Check that Windows has a voice for your language (Settings &gt; Time &amp; language &gt; Speech), then start Myelin again.</source>
        <translation>Controlla che Windows abbia una voce per la tua lingua (Impostazioni &gt; Ora e lingua &gt; Voce), poi riavvia Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="77"/>
        <source>Check that macOS has a voice for your language (System Settings &gt; Accessibility &gt; Spoken Content &gt; System voice), then start Myelin again.</source>
        <translation>Controlla che macOS abbia una voce per la tua lingua (Impostazioni di Sistema &gt; Accessibilità &gt; Contenuto letto ad alta voce &gt; Voce di sistema), poi riavvia Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="82"/>
        <source>Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), then start Myelin again.</source>
        <translation>Installa speech-dispatcher ed espeak-ng (su Debian o Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), poi riavvia Myelin.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::UpdateController</name>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="59"/>
        <source>&amp;Update Content…</source>
        <translation>&amp;Aggiorna i contenuti…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="61"/>
        <source>Install a content update (.myelinpack file) from a USB stick, an email or a download</source>
        <translation>Installa un aggiornamento dei contenuti (file .myelinpack) da una chiavetta USB, un&apos;email o un download</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="66"/>
        <source>Update Content</source>
        <translation>Aggiorna i contenuti</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="67"/>
        <source>Myelin content updates (*.%1)</source>
        <translation>Aggiornamenti dei contenuti di Myelin (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="72"/>
        <source>&amp;Go Back to Previous Content…</source>
        <translation>&amp;Torna ai contenuti precedenti…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="74"/>
        <source>Undo the last content update and show the content used before it</source>
        <translation>Annulla l&apos;ultimo aggiornamento dei contenuti e mostra i contenuti usati prima</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="77"/>
        <source>&amp;What&apos;s New in the Content</source>
        <translation>&amp;Novità nei contenuti</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="79"/>
        <source>List the articles the last content update added, changed and removed</source>
        <translation>Elenca gli articoli che l&apos;ultimo aggiornamento dei contenuti ha aggiunto, modificato e rimosso</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="110"/>
        <source>Content update not used</source>
        <translation>Aggiornamento dei contenuti non usato</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Go Back to Older Content?</source>
        <translation>Tornare a contenuti più vecchi?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Install Content Update?</source>
        <translation>Installare l&apos;aggiornamento dei contenuti?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="155"/>
        <source>This pack holds content version %1, which is not newer than the content you have (%2). Articles corrected since then will go back to their older text.</source>
        <translation>Questo pacchetto contiene la versione dei contenuti %1, che non è più recente dei contenuti che hai (%2). Gli articoli corretti nel frattempo torneranno al loro testo precedente.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="158"/>
        <source>Install content version %1, reviewed up to %2?</source>
        <translation>Installare la versione dei contenuti %1, rivista fino al %2?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="162"/>
        <source>Collection: %1</source>
        <translation>Raccolta: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="163"/>
        <source>Signed by: %1 (key %2). The signature was checked.</source>
        <translation>Firmato da: %1 (chiave %2). La firma è stata verificata.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="166"/>
        <source>Since version %1: %2 new, %3 changed and %4 removed articles.</source>
        <translation>Dalla versione %1: %2 articoli nuovi, %3 modificati e %4 rimossi.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="172"/>
        <source>You now have version %1 (%2). You can go back to it later (File &gt; Go Back to Previous Content). Your bookmarks, notes and settings are not changed.</source>
        <translation>Ora hai la versione %1 (%2). Potrai tornarci in seguito (File &gt; Torna ai contenuti precedenti). I tuoi segnalibri, le note e le impostazioni non cambiano.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>New:</source>
        <translation>Nuovi:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>Changed:</source>
        <translation>Modificati:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="181"/>
        <source>Removed:</source>
        <translation>Rimossi:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Go Back to Version %1</source>
        <translation>Torna alla versione %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Install Update</source>
        <translation>Installa l&apos;aggiornamento</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="199"/>
        <source>Checking the content update %1…</source>
        <translation>Verifica dell&apos;aggiornamento dei contenuti %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="210"/>
        <source>Content update refused</source>
        <translation>Aggiornamento dei contenuti rifiutato</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="214"/>
        <source>The content was not changed.</source>
        <translation>I contenuti non sono stati modificati.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="219"/>
        <source>The content update %1 could not be installed, and the content was not changed: %2</source>
        <translation>Non è stato possibile installare l&apos;aggiornamento dei contenuti %1, e i contenuti non sono stati modificati: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="222"/>
        <source>Content update failed</source>
        <translation>Aggiornamento dei contenuti non riuscito</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="237"/>
        <source>content version %1 (%2)</source>
        <translation>versione dei contenuti %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="238"/>
        <source>the content that came with Myelin</source>
        <translation>i contenuti forniti con Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="239"/>
        <source>Go back to %1? The update in use now is removed; your bookmarks, notes and settings are not changed.</source>
        <translation>Vuoi tornare a questi contenuti: %1? L&apos;aggiornamento ora in uso viene rimosso; i tuoi segnalibri, le note e le impostazioni non cambiano.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="246"/>
        <source>Go Back to Previous Content?</source>
        <translation>Tornare ai contenuti precedenti?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="254"/>
        <source>Could not go back to the previous content: %1</source>
        <translation>Non è stato possibile tornare ai contenuti precedenti: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="256"/>
        <source>Content not changed</source>
        <translation>Contenuti non modificati</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::WhatsNewDialog</name>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="26"/>
        <source>reviewed %1</source>
        <translation>rivisto il %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="40"/>
        <source>The content is now version %1.</source>
        <translation>Ora i contenuti sono alla versione %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="41"/>
        <source>The content was updated from version %1 to version %2.</source>
        <translation>I contenuti sono stati aggiornati dalla versione %1 alla versione %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="44"/>
        <source>No article was added, changed or removed.</source>
        <translation>Nessun articolo è stato aggiunto, modificato o rimosso.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="46"/>
        <source>New articles (%1)</source>
        <translation>Articoli nuovi (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="47"/>
        <source>Changed articles (%1)</source>
        <translation>Articoli modificati (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="48"/>
        <source>Removed articles (%1)</source>
        <translation>Articoli rimossi (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="56"/>
        <source>What&apos;s New in the Content</source>
        <translation>Novità nei contenuti</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="58"/>
        <source>The articles the last content update added, changed and removed. Press Tab to move between the articles, Enter to open one.</source>
        <translation>Gli articoli che l&apos;ultimo aggiornamento dei contenuti ha aggiunto, modificato e rimosso. Premi Tab per spostarti tra gli articoli, Invio per aprirne uno.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="61"/>
        <source>What&apos;s new: the articles added, changed and removed</source>
        <translation>Novità: gli articoli aggiunti, modificati e rimossi</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="70"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::ContentStore</name>
    <message>
        <location filename="../app/update/contentstore.cpp" line="132"/>
        <source>cannot copy %1 to %2.</source>
        <translation>impossibile copiare %1 in %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="144"/>
        <location filename="../app/update/contentstore.cpp" line="260"/>
        <source>cannot write %1 (%2).</source>
        <translation>impossibile scrivere %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="160"/>
        <location filename="../app/update/contentstore.cpp" line="391"/>
        <location filename="../app/update/contentstore.cpp" line="455"/>
        <source>cannot rename %1 to %2.</source>
        <translation>impossibile rinominare %1 in %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="180"/>
        <source>bundled with Myelin</source>
        <translation>in dotazione con Myelin</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="182"/>
        <source>from the file given on the command line</source>
        <translation>dal file indicato sulla riga di comando</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>from the update pack %1, installed %2</source>
        <translation>dal pacchetto di aggiornamento %1, installato il %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="274"/>
        <source>The installed content update cannot be used: its record (%1) is missing or damaged. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>L&apos;aggiornamento dei contenuti installato non può essere usato: il file che lo descrive (%1) manca o è danneggiato. Myelin mostra i contenuti forniti con il programma; installa di nuovo l&apos;aggiornamento per usarlo.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="285"/>
        <source>The installed content update (version %1) is missing from %2. Myelin shows the content it came with.</source>
        <translation>L&apos;aggiornamento dei contenuti installato (versione %1) non si trova in %2. Myelin mostra i contenuti forniti con il programma.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="303"/>
        <source>The installed content update (version %1) is damaged: its file %2 has changed. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>L&apos;aggiornamento dei contenuti installato (versione %1) è danneggiato: il suo file %2 è cambiato. Myelin mostra i contenuti forniti con il programma; installa di nuovo l&apos;aggiornamento per usarlo.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="312"/>
        <source>The installed content update (version %1) cannot be used. Myelin shows the content it came with. %2</source>
        <translation>L&apos;aggiornamento dei contenuti installato (versione %1) non può essere usato. Myelin mostra i contenuti forniti con il programma. %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="332"/>
        <source>the pack was not checked.</source>
        <translation>il pacchetto non è stato verificato.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="336"/>
        <source>cannot make the folder %1.</source>
        <translation>impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="357"/>
        <source>the copy in %1 does not match the pack (is the disk full or failing?).</source>
        <translation>la copia in %1 non corrisponde al pacchetto (il disco è pieno o guasto?).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="438"/>
        <source>there is no content update to go back from.</source>
        <translation>non c&apos;è nessun aggiornamento dei contenuti da cui tornare indietro.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="447"/>
        <source>the previous content (%1) is damaged.</source>
        <translation>i contenuti precedenti (%1) sono danneggiati.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Manifest</name>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="30"/>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>manca l&apos;elenco &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="35"/>
        <source>the list &quot;%1&quot; is too long.</source>
        <translation>l&apos;elenco &quot;%1&quot; è troppo lungo.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="44"/>
        <source>an entry of the list &quot;%1&quot; is not an article (slug, title, reviewed date).</source>
        <translation>una voce dell&apos;elenco &quot;%1&quot; non è un articolo (slug, titolo, data di revisione).</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="122"/>
        <source>its manifest is too large.</source>
        <translation>il suo manifesto è troppo grande.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="128"/>
        <source>its manifest is not valid JSON.</source>
        <translation>il suo manifesto non è un JSON valido.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="133"/>
        <source>its manifest is not a Myelin content pack manifest.</source>
        <translation>il suo manifesto non è il manifesto di un pacchetto di contenuti Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="139"/>
        <source>it is a newer kind of content pack (format %1); this Myelin reads format %2. Install a newer Myelin.</source>
        <translation>è un tipo più recente di pacchetto di contenuti (formato %1); questa versione di Myelin legge il formato %2. Installa una versione più recente di Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="143"/>
        <source>its manifest has an unknown format version.</source>
        <translation>il suo manifesto ha una versione di formato sconosciuta.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="160"/>
        <source>its manifest has an unknown field &quot;%1&quot;.</source>
        <translation>il suo manifesto ha un campo sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="180"/>
        <source>its manifest is incomplete or has a field of the wrong kind.</source>
        <translation>il suo manifesto è incompleto o ha un campo del tipo sbagliato.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackCheck</name>
    <message>
        <location filename="../app/update/packcheck.cpp" line="66"/>
        <source>The content pack %1 was not accepted: %2</source>
        <translation>Il pacchetto di contenuti %1 non è stato accettato: %2</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="73"/>
        <source>the signature checker (libsodium) could not start.</source>
        <translation>non è stato possibile avviare il controllo delle firme (libsodium).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="76"/>
        <source>the file does not exist.</source>
        <translation>il file non esiste.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="91"/>
        <source>its signature file has been changed.</source>
        <translation>il suo file di firma è stato modificato.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="92"/>
        <source>its signature is damaged: %1</source>
        <translation>la sua firma è danneggiata: %1</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="97"/>
        <source>it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin project, or from a key you chose to trust, can be installed.</source>
        <translation>è firmato con una chiave che questa versione di Myelin non conosce (chiave %1). Si possono installare solo pacchetti del progetto Myelin, o firmati con una chiave che hai scelto di considerare attendibile.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="102"/>
        <source>it is signed with a key that has been withdrawn (%1). Get a newer pack from the Myelin project.</source>
        <translation>è firmato con una chiave che è stata ritirata (%1). Procurati un pacchetto più recente dal progetto Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="107"/>
        <source>its signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>la sua firma non corrisponde al contenuto: è stato modificato o danneggiato dopo la firma.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="120"/>
        <source>it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). Install a newer Myelin first.</source>
        <translation>è fatto per una versione più recente di Myelin (schema dei contenuti %1; questa versione di Myelin legge lo schema %2). Installa prima una versione più recente di Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="124"/>
        <source>it is made for an older Myelin (content schema %1; this Myelin reads schema %2).</source>
        <translation>è fatto per una versione più vecchia di Myelin (schema dei contenuti %1; questa versione di Myelin legge lo schema %2).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="130"/>
        <source>its database is not the one its manifest describes (the sizes differ).</source>
        <translation>il suo database non è quello descritto dal suo manifesto (le dimensioni sono diverse).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="136"/>
        <source>no temporary folder could be made to check it in.</source>
        <translation>non è stato possibile creare una cartella temporanea in cui verificarlo.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="145"/>
        <source>its database is not the one its manifest describes (the hashes differ): it was changed or damaged after it was signed.</source>
        <translation>il suo database non è quello descritto dal suo manifesto (gli hash sono diversi): è stato modificato o danneggiato dopo la firma.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="149"/>
        <source>its database fails SQLite&apos;s integrity check (%1).</source>
        <translation>il suo database non supera il controllo di integrità di SQLite (%1).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="160"/>
        <source>its database holds content version &quot;%1&quot;, not %2 as its manifest says.</source>
        <translation>il suo database contiene la versione dei contenuti &quot;%1&quot;, non %2 come dice il suo manifesto.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="170"/>
        <source>it holds content version %1, which is the version already in use.</source>
        <translation>contiene la versione dei contenuti %1, che è la versione già in uso.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="172"/>
        <source>it holds content version %1, which is older than the version in use (%2). Choose to go back if you mean to install older content.</source>
        <translation>contiene la versione dei contenuti %1, che è più vecchia della versione in uso (%2). Scegli di tornare indietro se vuoi davvero installare contenuti più vecchi.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackFile</name>
    <message>
        <location filename="../app/update/packfile.cpp" line="78"/>
        <source>the file is cut short (it ends inside the pack&apos;s list of files).</source>
        <translation>il file è troncato (finisce dentro l&apos;elenco dei file del pacchetto).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="84"/>
        <source>the pack&apos;s entry for %1 is damaged or not where it should be.</source>
        <translation>la voce del pacchetto per %1 è danneggiata o non si trova dove dovrebbe.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="89"/>
        <source>%1 in the pack has an impossible size.</source>
        <translation>%1 nel pacchetto ha una dimensione impossibile.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="93"/>
        <location filename="../app/update/packfile.cpp" line="200"/>
        <source>the file is cut short (%1 is incomplete).</source>
        <translation>il file è troncato (%1 è incompleto).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="114"/>
        <location filename="../app/update/packfile.cpp" line="165"/>
        <source>the pack&apos;s entry for %1 is damaged.</source>
        <translation>la voce del pacchetto per %1 è danneggiata.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="131"/>
        <location filename="../app/update/packfile.cpp" line="186"/>
        <source>the file cannot be read.</source>
        <translation>il file non può essere letto.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="136"/>
        <source>the file is empty.</source>
        <translation>il file è vuoto.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="137"/>
        <source>it is not a Myelin content pack (it is too short to be one).</source>
        <translation>non è un pacchetto di contenuti Myelin (è troppo corto per esserlo).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="143"/>
        <source>it is not a Myelin content pack.</source>
        <translation>non è un pacchetto di contenuti Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="170"/>
        <source>the file is cut short (the end of the pack is missing).</source>
        <translation>il file è troncato (manca la fine del pacchetto).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="174"/>
        <source>the pack has unexpected bytes after its files.</source>
        <translation>il pacchetto ha byte inattesi dopo i suoi file.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="190"/>
        <location filename="../app/update/packfile.cpp" line="205"/>
        <location filename="../app/update/packfile.cpp" line="211"/>
        <location filename="../app/update/packfile.cpp" line="229"/>
        <location filename="../app/update/packfile.cpp" line="249"/>
        <source>cannot write %1 (%2).</source>
        <translation>impossibile scrivere %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="224"/>
        <source>cannot read %1 (%2).</source>
        <translation>impossibile leggere %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PublicKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="152"/>
        <source>it is not a minisign public key (two lines: a comment and the key).</source>
        <translation>non è una chiave pubblica minisign (due righe: un commento e la chiave).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="159"/>
        <source>it is not a minisign public key (the key line is not 56 characters of base64).</source>
        <translation>non è una chiave pubblica minisign (la riga della chiave non è di 56 caratteri base64).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="163"/>
        <source>it is not an Ed25519 minisign public key.</source>
        <translation>non è una chiave pubblica minisign Ed25519.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::SecretKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="218"/>
        <source>it is not a minisign secret key file.</source>
        <translation>non è un file di chiave segreta minisign.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="225"/>
        <source>it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and scrypt encryption).</source>
        <translation>usa un algoritmo che Myelin non conosce (solo chiavi Ed25519, checksum BLAKE2b e cifratura scrypt).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="234"/>
        <source>the key is encrypted and no password was given.</source>
        <translation>la chiave è cifrata e non è stata fornita nessuna password.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="241"/>
        <source>the key asks for more memory than a key may need to be decrypted.</source>
        <translation>per essere decifrata, la chiave chiede più memoria di quella consentita a una chiave.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="248"/>
        <source>the key could not be decrypted (out of memory).</source>
        <translation>non è stato possibile decifrare la chiave (memoria esaurita).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="269"/>
        <source>the password is wrong, or the key file is damaged.</source>
        <translation>la password è sbagliata, oppure il file della chiave è danneggiato.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="270"/>
        <source>the key file is damaged (its checksum or key pair does not match).</source>
        <translation>il file della chiave è danneggiato (il checksum o la coppia di chiavi non corrisponde).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Signature</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="286"/>
        <source>it is not a minisign signature (four lines).</source>
        <translation>non è una firma minisign (quattro righe).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="293"/>
        <source>it is not a minisign signature (its comment lines are wrong).</source>
        <translation>non è una firma minisign (le righe di commento sono sbagliate).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="299"/>
        <source>it is not a minisign Ed25519 signature (a signature line is not valid).</source>
        <translation>non è una firma minisign Ed25519 (una riga della firma non è valida).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::TrustedKeys</name>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="42"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Impossibile leggere la chiave pubblica %1: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="48"/>
        <source>Cannot use the public key %1: %2</source>
        <translation>Impossibile usare la chiave pubblica %1: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="51"/>
        <source>%1 (key %2, trusted for this run)</source>
        <translation>%1 (chiave %2, attendibile per questa esecuzione)</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataErase</name>
    <message>
        <location filename="../app/userdata/userdataerase.cpp" line="53"/>
        <source>Nothing was deleted. %1</source>
        <translation>Non è stato eliminato nulla. %1</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataExport</name>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="166"/>
        <source>Cannot read your data file %1: %2</source>
        <translation>Impossibile leggere il tuo file di dati %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="204"/>
        <location filename="../app/userdata/userdataexport.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataImport</name>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="441"/>
        <source>This file is not a Myelin data export.</source>
        <translation>Questo file non è un&apos;esportazione di dati di Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="446"/>
        <source>This file is not a Myelin data export: it has no format version.</source>
        <translation>Questo file non è un&apos;esportazione di dati di Myelin: non ha una versione di formato.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="451"/>
        <source>This file was exported by a newer version of Myelin (format version %1; this Myelin reads version %2). Nothing was imported.</source>
        <translation>Questo file è stato esportato da una versione più recente di Myelin (versione di formato %1; questa versione di Myelin legge la versione %2). Non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="482"/>
        <source>Nothing was imported. %1</source>
        <translation>Non è stato importato nulla. %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="510"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="516"/>
        <source>%1 is too large to be a Myelin data export.</source>
        <translation>%1 è troppo grande per essere un&apos;esportazione di dati di Myelin.</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataProblem</name>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="78"/>
        <source>Your disk is full: this change was not saved; what you saved before is kept. Free some space on the disk that holds your data file %1 and try again.</source>
        <translation>Il disco è pieno: questa modifica non è stata salvata; ciò che hai salvato prima viene conservato. Libera un po&apos; di spazio sul disco che contiene il tuo file di dati %1 e riprova.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="84"/>
        <source>Your data file %1 cannot be changed (the file or its folder is read-only): this change was not saved; what you saved before is kept.</source>
        <translation>Il tuo file di dati %1 non può essere modificato (il file o la sua cartella sono di sola lettura): questa modifica non è stata salvata; ciò che hai salvato prima viene conservato.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="90"/>
        <source>The disk could not write your data file %1 (the disk may be failing or was removed): this change was not saved; what you saved before is kept.</source>
        <translation>Il disco non è riuscito a scrivere il tuo file di dati %1 (il disco potrebbe essere guasto o è stato rimosso): questa modifica non è stata salvata; ciò che hai salvato prima viene conservato.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="96"/>
        <source>Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the damaged file aside, unchanged, and start a new one.</source>
        <translation>Il tuo file di dati %1 è danneggiato: questa modifica non è stata salvata. Riavvia Myelin: metterà da parte il file danneggiato, senza modificarlo, e ne creerà uno nuovo.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="102"/>
        <source>Your data file %1 is in use by another program (perhaps another Myelin): this change was not saved; what you saved before is kept. Try again in a moment.</source>
        <translation>Il tuo file di dati %1 è usato da un altro programma (forse un&apos;altra finestra di Myelin): questa modifica non è stata salvata; ciò che hai salvato prima viene conservato. Riprova tra un momento.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="111"/>
        <source>Cannot save to your data file %1: %2</source>
        <translation>Impossibile salvare nel tuo file di dati %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="119"/>
        <source>it is a link to a file that does not exist</source>
        <translation>è un collegamento a un file che non esiste</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="124"/>
        <source>it is a folder, not a file</source>
        <translation>è una cartella, non un file</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="127"/>
        <source>it is not an ordinary file</source>
        <translation>non è un file normale</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="130"/>
        <source>Myelin is not allowed to read it</source>
        <translation>Myelin non ha il permesso di leggerlo</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDatabase</name>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="271"/>
        <location filename="../app/userdata/userdatabase.cpp" line="276"/>
        <location filename="../app/userdata/userdatabase.cpp" line="288"/>
        <source>Cannot open your data file %1: %2</source>
        <translation>Impossibile aprire il tuo file di dati %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="261"/>
        <source>Your data file %1 was written by a newer version of Myelin; it is left untouched.</source>
        <translation>Il tuo file di dati %1 è stato scritto da una versione più recente di Myelin; viene lasciato com&apos;è.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="135"/>
        <source>it is damaged</source>
        <translation>è danneggiato</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="143"/>
        <source>Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, and changes you make now will not be saved.</source>
        <translation>Myelin non riesce a leggere il tuo file di dati %1 (%2) e non è riuscito a metterlo da parte. Viene lasciato com&apos;è, e le modifiche che fai ora non verranno salvate.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="151"/>
        <source>Myelin could not read your data file (%2), so it has started a new, empty one.

The old file is kept, unchanged, beside the new one. Keep it if you want help to recover what was in it.

Old file: %3
New file: %1</source>
        <translation>Myelin non è riuscito a leggere il tuo file di dati (%2), quindi ne ha creato uno nuovo, vuoto.

Il vecchio file è conservato, senza modifiche, accanto a quello nuovo. Tienilo se vuoi farti aiutare a recuperare ciò che conteneva.

Vecchio file: %3
Nuovo file: %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="248"/>
        <location filename="../app/userdata/userdatabase.cpp" line="292"/>
        <source>Your data file %1 is damaged: %2</source>
        <translation>Il tuo file di dati %1 è danneggiato: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="309"/>
        <source>Cannot set up your data file %1: %2</source>
        <translation>Impossibile preparare il tuo file di dati %1: %2</translation>
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
        <translation>Contenuti %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="52"/>
        <source>Content %1, reviewed up to %2</source>
        <translation>Contenuti %1, rivisti fino al %2</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="59"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilato con Qt %2)</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="86"/>
        <source>windows, text, the database connection</source>
        <translation>finestre, testo, connessione al database</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>BSD-style and others</source>
        <translation>tipo BSD e altre</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>shows the articles</source>
        <translation>mostra gli articoli</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>public domain</source>
        <translation>pubblico dominio</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>stores the articles</source>
        <translation>conserva gli articoli</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="89"/>
        <source>turns the articles&apos; Markdown into pages</source>
        <translation>trasforma il Markdown degli articoli in pagine</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="90"/>
        <source>reads the glossary, timeline and quotes</source>
        <translation>legge il glossario, la linea del tempo e le citazioni</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="91"/>
        <source>checks the articles&apos; HTML</source>
        <translation>controlla l&apos;HTML degli articoli</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="92"/>
        <source>puts the pages of printed handouts together</source>
        <translation>compone le pagine degli opuscoli stampati</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="93"/>
        <source>checks the signatures of content updates</source>
        <translation>verifica le firme degli aggiornamenti dei contenuti</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="129"/>
        <source>from the file %1</source>
        <translation>dal file %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="130"/>
        <source>bundled with Myelin</source>
        <translation>in dotazione con Myelin</translation>
    </message>
</context>
<context>
    <name>Myelin::Web</name>
    <message>
        <location filename="../app/web/sandboxcheck.cpp" line="19"/>
        <source>Myelin cannot run as the administrator (root): the part that shows the articles refuses to, to keep the computer safe. Start Myelin as your usual user.</source>
        <translation>Myelin non può funzionare come amministratore (root): la parte che mostra gli articoli si rifiuta di farlo, per proteggere il computer. Avvia Myelin come il tuo utente abituale.</translation>
    </message>
</context>
<context>
    <name>PdfComposer</name>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="27"/>
        <source>Myelin&apos;s PDF tools (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Impossibile caricare gli strumenti PDF di Myelin (%1): %2. Reinstallare Myelin.</translation>
    </message>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="77"/>
        <source>it is version %1, this Myelin needs version %2</source>
        <translation>sono della versione %1, questo Myelin richiede la versione %2</translation>
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
        <translation>Verticale</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="357"/>
        <source>Landscape</source>
        <translation>Orizzontale</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="359"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Myelin cannot start</source>
        <translation>Impossibile avviare Myelin</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Myelin: an offline reader about multiple sclerosis.</source>
        <translation>Myelin: un lettore offline sulla sclerosi multipla.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Show the versions of Myelin, its content and Qt.</source>
        <translation>Mostra le versioni di Myelin, dei suoi contenuti e di Qt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Open the article &lt;slug&gt;.</source>
        <translation>Apri l&apos;articolo &lt;slug&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Read the content database &lt;file&gt;.</source>
        <translation>Leggi il database dei contenuti &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>A content update (.myelinpack) to install.</source>
        <translation>Un aggiornamento dei contenuti (.myelinpack) da installare.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="108"/>
        <source>Content not changed</source>
        <translation>Contenuti non modificati</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="49"/>
        <source>The content database %1 holds no articles.</source>
        <translation>Il database dei contenuti %1 non contiene articoli.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="51"/>
        <source>The content database %1 holds %2 articles but no first page (every article has a parent). Install the content again.</source>
        <translation>Il database dei contenuti %1 contiene %2 articoli ma nessuna prima pagina (ogni articolo ha un articolo superiore). Installa di nuovo i contenuti.</translation>
    </message>
</context>
</TS>
