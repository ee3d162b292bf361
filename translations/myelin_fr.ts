<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="28"/>
        <source>Myelin&apos;s article viewer (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>La visionneuse d&apos;articles de Myelin (%1) ne peut pas être chargée : %2. Réinstallez Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="40"/>
        <source>the file is missing</source>
        <translation>le fichier est absent</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="43"/>
        <source>it is not a file this user can read</source>
        <translation>ce n&apos;est pas un fichier que cet utilisateur peut lire</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="68"/>
        <source>it is from Myelin %1, this is %2</source>
        <translation>elle vient de Myelin %1, celui-ci est %2</translation>
    </message>
</context>
<context>
    <name>Myelin::ArticleRenderer</name>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="69"/>
        <source>Strong evidence</source>
        <translation>Preuves solides</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="72"/>
        <source>Emerging evidence</source>
        <translation>Preuves émergentes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="75"/>
        <source>Mixed evidence</source>
        <translation>Preuves contradictoires</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="78"/>
        <source>Not supported by good studies</source>
        <translation>Non confirmé par des études sérieuses</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="81"/>
        <source>Not properly tested</source>
        <translation>Pas correctement évalué</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="89"/>
        <source>Many good studies agree on the main points of this article.</source>
        <translation>De nombreuses études sérieuses sont d&apos;accord sur les points principaux de cet article.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="92"/>
        <source>Early or growing evidence supports the main points; more research is under way.</source>
        <translation>Des données récentes ou de plus en plus nombreuses confirment les points principaux&#xa0;; d&apos;autres recherches sont en cours.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="95"/>
        <source>Good studies disagree about some of the main points of this article.</source>
        <translation>Des études sérieuses ne sont pas d&apos;accord sur certains points principaux de cet article.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="98"/>
        <source>The idea in this article was tested in good studies, and they did not support it.</source>
        <translation>L&apos;idée de cet article a été évaluée dans des études sérieuses, et elles ne l&apos;ont pas confirmée.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="101"/>
        <source>The idea in this article has not been tested in proper trials.</source>
        <translation>L&apos;idée de cet article n&apos;a pas été évaluée dans de vrais essais cliniques.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="108"/>
        <source>This article is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Cet article donne des informations, pas des conseils médicaux. Parlez-en à votre équipe soignante ou à votre médecin avant de changer votre traitement, votre alimentation ou vos soins.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="114"/>
        <source>en</source>
        <comment>The language of this translation as a web page&apos;s lang attribute (BCP 47): de, fr, pt-BR, ar</comment>
        <translation>fr</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="140"/>
        <source>Translated from the English version of %1.</source>
        <translation>Traduit de la version anglaise du %1.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="142"/>
        <source>The English version has changed since (%1), so this translation may be out of date.</source>
        <translation>La version anglaise a changé depuis (%1) : cette traduction n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="146"/>
        <location filename="../app/core/articlerenderer.cpp" line="290"/>
        <location filename="../app/core/articlerenderer.cpp" line="365"/>
        <source>Read it in English</source>
        <translation>Lire en anglais</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="148"/>
        <source>This page is not translated into %1 yet, so it is shown in English.</source>
        <translation>Cette page n’est pas encore traduite en %1 : elle est affichée en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="152"/>
        <source>You are reading the English original.</source>
        <translation>Vous lisez l’original en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="154"/>
        <source>Read it in %1</source>
        <translation>Lire en %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="242"/>
        <location filename="../app/core/articlerenderer.cpp" line="244"/>
        <source>In short:</source>
        <translation>En bref&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="255"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="263"/>
        <source>Last reviewed: %1</source>
        <translation>Dernière révision&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Feedback</source>
        <translation>Votre avis</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Was this useful?</source>
        <translation>Cet article vous a-t-il été utile&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="273"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="274"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="275"/>
        <source>Send feedback</source>
        <translation>Envoyer un commentaire</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="292"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="298"/>
        <source>Read more:</source>
        <translation>En savoir plus&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="302"/>
        <source>See also:</source>
        <translation>Voir aussi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="319"/>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="322"/>
        <source>Trials</source>
        <translation>Essais cliniques</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="325"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="328"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="331"/>
        <source>Policy</source>
        <translation>Politique de santé</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="334"/>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="342"/>
        <location filename="../app/core/articlerenderer.cpp" line="393"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Filter by topic</source>
        <translation>Filtrer par thème</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="349"/>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="360"/>
        <source>The timeline is not translated into %1 yet, so it is shown in English.</source>
        <translation>La chronologie n’est pas encore traduite en %1 : elle est affichée en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="361"/>
        <source>Some events are not translated into %1 yet and are shown in English.</source>
        <translation>Certains événements ne sont pas encore traduits en %1 et sont affichés en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="383"/>
        <source>Read the article</source>
        <translation>Lire l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="385"/>
        <location filename="../app/core/articlerenderer.cpp" line="424"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="390"/>
        <source>No events for this topic.</source>
        <translation>Aucun événement pour ce thème.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="401"/>
        <location filename="../app/core/articlerenderer.cpp" line="427"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="404"/>
        <source>Each quote is given word for word, with who said it, when, and where it was published.</source>
        <translation>Chaque citation est reproduite mot pour mot, avec son auteur, sa date et le lieu où elle a été publiée.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="405"/>
        <source>Each quote is given in our translation, then word for word as it was said, with who said it, when, and where it was published.</source>
        <translation>Chaque citation est donnée dans notre traduction, puis mot pour mot telle qu’elle a été dite, avec son auteur, sa date et le lieu où elle a été publiée.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="409"/>
        <source>The quotes are not translated into %1 yet, so they are shown in English.</source>
        <translation>Les citations ne sont pas encore traduites en %1 : elles sont affichées en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="410"/>
        <source>Some quotes are not translated into %1 yet and are shown in English.</source>
        <translation>Certaines citations ne sont pas encore traduites en %1 et sont affichées en anglais.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="419"/>
        <source>As said, in English:</source>
        <translation>Telle qu’elle a été dite, en anglais :</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Article not found</source>
        <translation>Article introuvable</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Term not found</source>
        <translation>Terme introuvable</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="438"/>
        <source>There is no glossary term called &quot;%1&quot; in this collection.</source>
        <translation>Il n&apos;y a pas de terme du glossaire nommé «&#xa0;%1&#xa0;» dans cette collection.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="439"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Il n&apos;y a pas d&apos;article nommé «&#xa0;%1&#xa0;» dans cette collection.</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <source>Run &quot;myelin export --help&quot; to see how to use it.</source>
        <translation>Lancez &quot;myelin export --help&quot; pour savoir comment l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="72"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier&#xa0;; donnez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="81"/>
        <location filename="../app/cli/exportcommand.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
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
        <translation>Utilisation&#xa0;: myelin export [options] &lt;article&gt;...
              myelin export --handout &lt;livret.json&gt; --pdf &lt;fichier&gt;

Enregistre des articles ou un livret dans des fichiers, sans ouvrir de fenêtre.
Les articles sont nommés comme dans les adresses du lecteur, par exemple &quot;what-is-ms&quot;.

Options&#xa0;:
  --pdf &lt;fichier&gt;      Enregistrer un PDF&#xa0;: les articles les uns après les autres, ou le livret.
  --html &lt;fichier&gt;     Enregistrer un article comme page web autonome (rien d&apos;autre n&apos;est nécessaire).
  --text &lt;fichier&gt;     Enregistrer un article en texte brut.
  --handout &lt;fichier&gt;  Créer le livret enregistré dans ce fichier par «&#xa0;Créer un livret&#xa0;».
  --paper &lt;format&gt;     A4 ou Letter (par défaut&#xa0;: %1). Un fichier de livret fixe le sien.
  --text-size &lt;points&gt; Taille du texte des articles, de %2 à %3 (par défaut&#xa0;: %4).
  --content &lt;fichier&gt;  Lire la base de données de contenu &lt;fichier&gt; (par défaut&#xa0;: le contenu
                       affiché par le lecteur, y compris une mise à jour installée).
  -h, --help           Afficher cette aide.

Exemples&#xa0;:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Code de sortie&#xa0;: 0 si les fichiers ont été enregistrés, 1 si un article, le fichier de livret ou
le fichier de sortie pose problème (le message l&apos;indique), 2 si la ligne de commande est incorrecte.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="197"/>
        <source>say what to save: --pdf &lt;file&gt;, --html &lt;file&gt; or --text &lt;file&gt;</source>
        <translation>indiquez ce qu&apos;il faut enregistrer&#xa0;: --pdf &lt;fichier&gt;, --html &lt;fichier&gt; ou --text &lt;fichier&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>a handout is saved with --pdf only, and its articles come from the handout file</source>
        <translation>un livret s&apos;enregistre uniquement avec --pdf, et ses articles viennent du fichier de livret</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="203"/>
        <source>name at least one article, for example: myelin export --pdf fatigue.pdf fatigue</source>
        <translation>indiquez au moins un article, par exemple&#xa0;: myelin export --pdf fatigue.pdf fatigue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="206"/>
        <source>--html and --text save one article at a time; %1 were named</source>
        <translation>--html et --text enregistrent un seul article à la fois&#xa0;; %1 ont été indiqués</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="210"/>
        <source>--%1 needs a file name, not an empty one</source>
        <translation>--%1 demande un nom de fichier non vide</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="218"/>
        <source>--paper must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--paper doit valoir A4 ou Letter, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="226"/>
        <source>--text-size must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--text-size doit être un nombre entier de %1 à %2, pas &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="259"/>
        <source> (listed in the handout file %1)</source>
        <translation> (cité dans le fichier de livret %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="260"/>
        <source>there is no article called &quot;%1&quot;%2. Article names look like &quot;what-is-ms&quot;: lower-case words joined by hyphens.</source>
        <translation>il n&apos;y a pas d&apos;article nommé &quot;%1&quot;%2. Les noms d&apos;articles ressemblent à &quot;what-is-ms&quot;&#xa0;: des mots en minuscules reliés par des traits d&apos;union.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="285"/>
        <source>cannot write %1: it is %2, which is being read; choose another file name</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est %2, qui est en cours de lecture&#xa0;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>cannot write two files as %1; give each its own name</source>
        <translation>impossible d&apos;écrire deux fichiers sous le nom %1&#xa0;; donnez à chacun son propre nom</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="319"/>
        <location filename="../app/cli/exportcommand.cpp" line="326"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="348"/>
        <source>the PDF %1 could not be made: %2</source>
        <translation>le PDF %1 n&apos;a pas pu être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="349"/>
        <source>printing stopped unexpectedly</source>
        <translation>l&apos;impression s&apos;est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="355"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="49"/>
        <source>Checks or installs a Myelin content pack (.myelinpack) without opening a window.
Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be installed, 2 a wrong command line.</source>
        <translation>Vérifie ou installe un paquet de contenu Myelin (.myelinpack) sans ouvrir de fenêtre.
Codes de sortie&#xa0;: 0 le paquet est accepté (et installé, avec --install), 1 il est refusé ou n&apos;a pas pu être installé, 2 la ligne de commande est incorrecte.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="53"/>
        <source>Check &lt;file&gt; and print its manifest; change nothing.</source>
        <translation>Vérifier &lt;file&gt; et afficher son manifeste&#xa0;; ne rien changer.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="56"/>
        <source>Check &lt;file&gt; and install it as the content Myelin shows.</source>
        <translation>Vérifier &lt;file&gt; et l&apos;installer comme contenu affiché par Myelin.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="59"/>
        <source>Also trust the minisign public key in &lt;pubfile&gt; for this run (the built-in keys stay trusted).</source>
        <translation>Faire aussi confiance, pour cette exécution, à la clé publique minisign contenue dans &lt;pubfile&gt; (les clés intégrées restent reconnues).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="63"/>
        <source>Accept a pack older than, or the same as, the content in use.</source>
        <translation>Accepter un paquet plus ancien que le contenu utilisé, ou identique à celui-ci.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="78"/>
        <source>myelin update: give one of --check &lt;file&gt; or --install &lt;file&gt;.</source>
        <translation>myelin update&#xa0;: indiquez --check &lt;file&gt; ou --install &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="79"/>
        <source>Run &quot;myelin update --help&quot; to see how to use it.</source>
        <translation>Lancez &quot;myelin update --help&quot; pour savoir comment l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="117"/>
        <source>%1 is a valid content pack (checked in %2 ms).</source>
        <translation>%1 est un paquet de contenu valide (vérifié en %2 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="118"/>
        <source>  Content:   %1, version %2, reviewed up to %3</source>
        <translation>  Contenu&#xa0;:         %1, version %2, dernière révision&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Schema:    %1</source>
        <translation>  Schéma&#xa0;:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Made:      %1</source>
        <translation>  Créé le&#xa0;:         %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="121"/>
        <source>  Signed by: %1 (key %2)</source>
        <translation>  Signé par&#xa0;:       %1 (clé %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="122"/>
        <source>  Database:  %1 bytes, BLAKE2b-512 %2</source>
        <translation>  Base de données&#xa0;: %1 octets, BLAKE2b-512 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="126"/>
        <source>  Articles:  %1 (the pack lists every article)</source>
        <translation>  Articles&#xa0;:        %1 (le paquet liste tous les articles)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="127"/>
        <source>  Changes since %1: %2 new, %3 changed, %4 removed</source>
        <translation>  Modifications depuis %1&#xa0;: %2 nouveaux, %3 modifiés, %4 supprimés</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="141"/>
        <source>  In use:    %1 (%2)</source>
        <translation>  En service&#xa0;:      %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="142"/>
        <source>no readable content</source>
        <translation>aucun contenu lisible</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="151"/>
        <source>myelin update: the content pack %1 was not installed: %2</source>
        <translation>myelin update&#xa0;: le paquet de contenu %1 n&apos;a pas été installé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="155"/>
        <source>Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content is kept, and File &gt; Go Back to Previous Content returns to it.</source>
        <translation>Contenu %1 installé dans %2 (%3 ms). Myelin l&apos;affichera à son prochain démarrage&#xa0;; le contenu précédent est conservé, et Fichier &gt; Revenir au contenu précédent permet d&apos;y revenir.</translation>
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
        <translation>Yeux fatigués</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="27"/>
        <source>Listen</source>
        <translation>Écoute</translation>
    </message>
</context>
<context>
    <name>Myelin::ContentDatabase</name>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="67"/>
        <source>Cannot open the content database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données de contenu %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="73"/>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="76"/>
        <source>the file cannot be read.</source>
        <translation>le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="79"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="94"/>
        <source>it is not a Myelin content database (%1).</source>
        <translation>ce n&apos;est pas une base de données de contenu Myelin (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="98"/>
        <source>it has schema version %1, but this version of Myelin reads version %2. Install matching content or a matching Myelin.</source>
        <translation>elle utilise la version de schéma %1, mais cette version de Myelin lit la version %2. Installez un contenu ou une version de Myelin qui correspondent.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="111"/>
        <source>its search index cannot be read (%1). Is SQLite built with FTS5?</source>
        <translation>son index de recherche ne peut pas être lu (%1). SQLite a-t-il été compilé avec FTS5&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::ExportText</name>
    <message>
        <location filename="../app/export/exportformat.cpp" line="42"/>
        <source>Reviewed %1</source>
        <translation>Révision&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="47"/>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="52"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/exportformat.cpp" line="57"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Export::Handout</name>
    <message>
        <location filename="../app/export/handout.cpp" line="42"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="84"/>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à %2)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="87"/>
        <source>it must hold one JSON object { ... }</source>
        <translation>il doit contenir un seul objet JSON { ... }</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="94"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; doit être un nombre</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="97"/>
        <source>it was made by a newer version of Myelin (handout format %1); this version reads format %2</source>
        <translation>il a été créé par une version plus récente de Myelin (format de livret %1)&#xa0;; cette version lit le format %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="118"/>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>&quot;%1&quot; doit être un texte entre guillemets</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="124"/>
        <source>it has no &quot;%1&quot; list</source>
        <translation>il n&apos;a pas de liste &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="127"/>
        <source>&quot;%1&quot; must be a list of article names, like [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</source>
        <translation>&quot;%1&quot; doit être une liste de noms d&apos;articles, comme [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="133"/>
        <source>&quot;%1&quot; lists %2 articles; a handout holds at most %3</source>
        <translation>&quot;%1&quot; liste %2 articles&#xa0;; un livret en contient au plus %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="141"/>
        <source>entry %1 of &quot;%2&quot; must be an article name in quotes</source>
        <translation>l&apos;élément %1 de &quot;%2&quot; doit être un nom d&apos;article entre guillemets</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="146"/>
        <source>it lists no articles: add at least one article name to &quot;%1&quot;</source>
        <translation>il ne liste aucun article&#xa0;: ajoutez au moins un nom d&apos;article dans &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="157"/>
        <location filename="../app/export/handout.cpp" line="175"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="167"/>
        <source>&quot;%1&quot; must be a whole number of points from %2 to %3</source>
        <translation>&quot;%1&quot; doit être un nombre entier de points de %2 à %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="183"/>
        <source>&quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;</source>
        <translation>&quot;%1&quot; doit valoir &quot;A4&quot; ou &quot;Letter&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="195"/>
        <source>Cannot save the handout file %1: %2</source>
        <translation>Impossible d&apos;enregistrer le fichier de livret %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="212"/>
        <source>The handout file %1 does not exist.</source>
        <translation>Le fichier de livret %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="215"/>
        <source>The handout file %1 is a folder, not a file.</source>
        <translation>Le fichier de livret %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="220"/>
        <source>The handout file %1 is not a regular file (a device, pipe or socket).</source>
        <translation>Le fichier de livret %1 n&apos;est pas un fichier ordinaire (c&apos;est un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="224"/>
        <source>Cannot read the handout file %1: %2</source>
        <translation>Impossible de lire le fichier de livret %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="228"/>
        <source>The handout file %1 is too large (over %2 KiB) to be a handout file.</source>
        <translation>Le fichier de livret %1 est trop gros (plus de %2 Kio) pour être un fichier de livret.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="235"/>
        <source>The handout file %1 cannot be used: %2.</source>
        <translation>Le fichier de livret %1 ne peut pas être utilisé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::HtmlText</name>
    <message>
        <location filename="../app/export/htmltext.cpp" line="229"/>
        <location filename="../app/export/htmltext.cpp" line="237"/>
        <source>[Picture: %1]</source>
        <translation>[Image&#xa0;: %1]</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PlainTextExport</name>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="19"/>
        <source>Evidence: %1. %2</source>
        <translation>Niveau de preuve&#xa0;: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="23"/>
        <source>In short: %1</source>
        <translation>En bref&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="33"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="44"/>
        <source>Last reviewed: %1</source>
        <translation>Dernière révision&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="46"/>
        <source>From %1, exported on %2.</source>
        <translation>Tiré de %1, exporté le %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PrintHtml</name>
    <message>
        <location filename="../app/export/printhtml.cpp" line="91"/>
        <location filename="../app/export/printhtml.cpp" line="100"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="93"/>
        <source>The medical words used in this handout, from A to Z.</source>
        <translation>Les mots médicaux utilisés dans ce livret, de A à Z.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="105"/>
        <source>Information about MS</source>
        <translation>Informations sur la SEP</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="113"/>
        <source>Information handout</source>
        <translation>Livret d&apos;information</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="119"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="123"/>
        <source>Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so ask your group for the latest version.</source>
        <translation>Imprimé le %1. Chaque article indique la date de sa dernière révision. Les connaissances médicales évoluent&#xa0;: demandez la version la plus récente à votre groupe.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="127"/>
        <source>This handout is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Ce livret donne des informations, pas des conseils médicaux. Parlez-en à votre équipe soignante ou à votre médecin avant de changer votre traitement, votre alimentation ou vos soins.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="130"/>
        <source>Made with %1, a free offline reader about multiple sclerosis, from %2.</source>
        <translation>Réalisé avec %1, un lecteur gratuit et hors ligne sur la sclérose en plaques, à partir de %2.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="131"/>
        <source>its knowledge base</source>
        <translation>sa base de connaissances</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="138"/>
        <location filename="../app/export/printhtml.cpp" line="147"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="140"/>
        <source>Each part starts on a new page. Every page has its number at the bottom.</source>
        <translation>Chaque partie commence sur une nouvelle page. Chaque page porte son numéro en bas.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="144"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::QuestionSheet</name>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="11"/>
        <source>Questions for my next appointment</source>
        <translation>Questions pour mon prochain rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="43"/>
        <source>Space for the answer</source>
        <translation>Espace pour la réponse</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::SelfContainedHtml</name>
    <message>
        <location filename="../app/export/selfcontainedhtml.cpp" line="287"/>
        <source>From %1, saved on %2.</source>
        <translation>Tiré de %1, enregistré le %2.</translation>
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
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="44"/>
        <location filename="../app/core/readingstyle.cpp" line="54"/>
        <location filename="../app/core/readingstyle.cpp" line="64"/>
        <source>Wide</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="45"/>
        <location filename="../app/core/readingstyle.cpp" line="55"/>
        <location filename="../app/core/readingstyle.cpp" line="65"/>
        <source>Extra wide</source>
        <translation>Très large</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="73"/>
        <source>Short lines</source>
        <translation>Lignes courtes</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="74"/>
        <source>Medium lines</source>
        <translation>Lignes moyennes</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="75"/>
        <source>Long lines</source>
        <translation>Lignes longues</translation>
    </message>
</context>
<context>
    <name>Myelin::Schema</name>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="72"/>
        <location filename="../app/core/schemacheck.cpp" line="80"/>
        <location filename="../app/core/schemacheck.cpp" line="92"/>
        <source>the file is damaged (%1). Install the content again.</source>
        <translation>le fichier est endommagé (%1). Installez de nouveau le contenu.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="86"/>
        <source>it holds no tables: it is not a Myelin content database.</source>
        <translation>il ne contient aucune table&#xa0;: ce n&apos;est pas une base de données de contenu Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="87"/>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>la table «&#xa0;%1&#xa0;» est absente.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="98"/>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;: it was made for another version of Myelin, or it is damaged.</source>
        <translation>la table «&#xa0;%1&#xa0;» n&apos;a pas de colonne «&#xa0;%2&#xa0;»&#xa0;: elle a été créée pour une autre version de Myelin, ou elle est endommagée.</translation>
    </message>
</context>
<context>
    <name>Myelin::SearchEngine</name>
    <message>
        <location filename="../app/core/searchengine.cpp" line="630"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="632"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="636"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
</context>
<context>
    <name>Myelin::Settings</name>
    <message>
        <location filename="../app/userdata/settings.cpp" line="541"/>
        <source>Your settings file %1 was made by a newer Myelin or cannot be read, so Myelin leaves it as it is. Changes you make now last until you close Myelin.</source>
        <translation>Votre fichier de réglages %1 a été créé par une version plus récente de Myelin ou ne peut pas être lu&#xa0;: Myelin le laisse tel quel. Les changements que vous faites maintenant dureront jusqu&apos;à la fermeture de Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/settings.cpp" line="550"/>
        <source>Your settings could not be saved in %1: the folder may be read-only or the disk full. Myelin keeps working, but changes you make now last only until you close it.</source>
        <translation>Vos réglages n&apos;ont pas pu être enregistrés dans %1&#xa0;: le dossier est peut-être en lecture seule, ou le disque plein. Myelin continue de fonctionner, mais les changements que vous faites maintenant ne dureront que jusqu&apos;à sa fermeture.</translation>
    </message>
</context>
<context>
    <name>Myelin::Theme</name>
    <message>
        <location filename="../app/core/theme.cpp" line="12"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="14"/>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="16"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="18"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="53"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="54"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="64"/>
        <source>About Myelin</source>
        <translation>À propos de Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="56"/>
        <source>The versions of Myelin and its content, the licences, and where to report a problem.</source>
        <translation>Les versions de Myelin et de son contenu, les licences, et où signaler un problème.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="76"/>
        <source>Myelin icon</source>
        <translation>Icône de Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="78"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="84"/>
        <source>An offline reader about multiple sclerosis. It sends nothing anywhere.</source>
        <translation>Un lecteur hors ligne sur la sclérose en plaques. Il n&apos;envoie rien nulle part.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="89"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="92"/>
        <source>The same lines as the command myelin --version prints.</source>
        <translation>Les mêmes lignes que celles qu&apos;affiche la commande myelin --version.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="95"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="96"/>
        <source>Myelin is free software: you may share and change it under the GNU General Public License, version 3 or any later version (%1). The articles, glossary, timeline, quotes and images are shared under Creative Commons Attribution 4.0 (%2). Myelin gives information, not medical advice.</source>
        <translation>Myelin est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou toute version ultérieure (%1). Les articles, le glossaire, la chronologie, les citations et les images sont partagés sous licence Creative Commons Attribution 4.0 (%2). Myelin donne des informations, pas des conseils médicaux.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="106"/>
        <source>Built with</source>
        <translation>Réalisé avec</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="109"/>
        <source>Components Myelin is built with, and their licences</source>
        <translation>Composants utilisés par Myelin, et leurs licences</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="110"/>
        <source>Other people&apos;s work that Myelin uses, and the licence of each.</source>
        <translation>Le travail d&apos;autres personnes que Myelin utilise, et la licence de chacun.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="119"/>
        <source>Used for: %1</source>
        <translation>Utilisé pour&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="124"/>
        <source>%1, licence %2, used for %3</source>
        <translation>%1, licence %2, utilisé pour %3</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="135"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="136"/>
        <source>Tell us what went wrong, or what is hard to read, on the project&apos;s issue tracker. Copy this address into your web browser:</source>
        <translation>Dites-nous ce qui n&apos;a pas marché, ou ce qui est difficile à lire, sur le suivi des problèmes du projet. Copiez cette adresse dans votre navigateur web&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="144"/>
        <source>Issue tracker address</source>
        <translation>Adresse du suivi des problèmes</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="145"/>
        <source>The web address where you can report a problem.</source>
        <translation>L&apos;adresse web où vous pouvez signaler un problème.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="147"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copier l&apos;adresse</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="150"/>
        <source>Copy the issue tracker address</source>
        <translation>Copier l&apos;adresse du suivi des problèmes</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="151"/>
        <source>Copy the address, then paste it into your web browser.</source>
        <translation>Copiez l&apos;adresse, puis collez-la dans votre navigateur web.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="162"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="163"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="179"/>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="180"/>
        <source>The address is copied.</source>
        <translation>L&apos;adresse est copiée.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="185"/>
        <source>&amp;About Myelin</source>
        <translation>À &amp;propos de Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="188"/>
        <source>Show the version, licences and where to report a problem</source>
        <translation>Afficher la version, les licences et où signaler un problème</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AppStyle</name>
    <message>
        <location filename="../app/ui/shell/appstyle.cpp" line="60"/>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ArticleView</name>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="35"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="36"/>
        <source>The text of the open article</source>
        <translation>Le texte de l&apos;article ouvert</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="99"/>
        <source>Article menu</source>
        <translation>Menu de l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksController</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="32"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Bookmark This Page</source>
        <translation>Mettre un signet sur cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show Bookmarks</source>
        <translation>Afficher les signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show History</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="34"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="41"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="42"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="49"/>
        <source>Show your bookmarks beside the article</source>
        <translation>Afficher vos signets à côté de l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="56"/>
        <source>Show the pages you read, by day</source>
        <translation>Afficher les pages que vous avez lues, jour par jour</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="73"/>
        <source>Back where you left off in this article.</source>
        <translation>Retour là où vous vous étiez arrêté dans cet article.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="74"/>
        <source>Back where you left off, at “%1”.</source>
        <translation>Retour là où vous vous étiez arrêté, à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Remove Bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmarked</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmark</source>
        <translation>Mettre un signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <source>Remove bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmark this page</source>
        <translation>Mettre un signet sur cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="198"/>
        <source>This page is bookmarked. Press %1 to remove the bookmark.</source>
        <translation>Cette page a un signet. Appuyez sur %1 pour retirer le signet.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="199"/>
        <source>Keep this page in your bookmarks</source>
        <translation>Garder cette page dans vos signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmarked: Remove bookmark</source>
        <translation>Dans les signets&#xa0;: retirer le signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="221"/>
        <source>The bookmark could not be removed.</source>
        <translation>Le signet n&apos;a pas pu être retiré.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="229"/>
        <source>Bookmark removed. Press %1 to put it back.</source>
        <translation>Signet retiré. Appuyez sur %1 pour le remettre.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="234"/>
        <source>Bookmarked again: “%1”.</source>
        <translation>Signet remis&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="242"/>
        <source>Bookmarked “%1”. Your bookmarks are in the Bookmarks pane (%2).</source>
        <translation>Signet ajouté&#xa0;: «&#xa0;%1&#xa0;». Vos signets sont dans le panneau Signets (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="246"/>
        <source>The bookmark could not be saved.</source>
        <translation>Le signet n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="255"/>
        <source>“%1” is no longer in the library: a content update renamed or removed it. Your saved entry is kept.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus dans la bibliothèque&#xa0;: une mise à jour du contenu l&apos;a renommé ou retiré. Votre élément enregistré est conservé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="280"/>
        <source>Your Bookmarks</source>
        <translation>Vos signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="285"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (n&apos;est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="295"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="39"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="50"/>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="40"/>
        <source>No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page you are reading here.</source>
        <translation>Pas encore de signets. Appuyez sur Ctrl+D ou sur le bouton «&#xa0;Mettre un signet&#xa0;» de la barre d&apos;outils pour garder ici la page que vous lisez.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="52"/>
        <source>Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves.</source>
        <translation>Vos signets et dossiers. Entrée ouvre, F2 renomme, Suppr supprime, Ctrl avec la flèche Haut ou Bas déplace.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open the chosen bookmark</source>
        <translation>Ouvrir le signet choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename the chosen bookmark or folder</source>
        <translation>Renommer le signet ou le dossier choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete the chosen bookmark or folder (you can undo it)</source>
        <translation>Supprimer le signet ou le dossier choisi (vous pouvez annuler)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Move the chosen bookmark or folder up</source>
        <translation>Déplacer vers le haut le signet ou le dossier choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Move the chosen bookmark or folder down</source>
        <translation>Déplacer vers le bas le signet ou le dossier choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Move to…</source>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Put the chosen bookmark in another folder</source>
        <translation>Mettre le signet choisi dans un autre dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="409"/>
        <source>New Folder…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <source>Make a folder for bookmarks</source>
        <translation>Créer un dossier pour les signets</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="89"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="90"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="105"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="148"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (n&apos;est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="157"/>
        <source>%1: a content update renamed or removed this page. Your bookmark is kept.</source>
        <translation>%1&#xa0;: une mise à jour du contenu a renommé ou retiré cette page. Votre signet est conservé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="158"/>
        <source>%1. Press Enter to open.</source>
        <translation>%1. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="175"/>
        <source>Folder %1, %n bookmark(s)</source>
        <translation>
            <numerusform>Dossier %1, %n signet</numerusform>
            <numerusform>Dossier %1, %n signets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Bookmark</source>
        <translation>Renommer le signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the folder:</source>
        <translation>Nouveau nom du dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the bookmark:</source>
        <translation>Nouveau nom du signet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="279"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="288"/>
        <source>The new name could not be saved.</source>
        <translation>Le nouveau nom n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="309"/>
        <source>Deleted the folder “%1”.</source>
        <translation>Dossier «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="310"/>
        <source>Deleted the folder “%1” and the %n bookmark(s) in it.</source>
        <translation>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé, avec %n signet.</numerusform>
            <numerusform>Dossier «&#xa0;%1&#xa0;» supprimé, avec ses %n signets.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="314"/>
        <source>The folder could not be deleted.</source>
        <translation>Le dossier n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="318"/>
        <source>Deleted the bookmark “%1”.</source>
        <translation>Signet «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="320"/>
        <source>The bookmark could not be deleted.</source>
        <translation>Le signet n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="337"/>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="347"/>
        <source>The bookmark “%1” is back.</source>
        <translation>Le signet «&#xa0;%1&#xa0;» est revenu.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="353"/>
        <source>The folder “%1” is back.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» est revenu.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="359"/>
        <source>It could not be put back.</source>
        <translation>Impossible de le remettre.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the top.</source>
        <translation>Il est déjà tout en haut.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the bottom.</source>
        <translation>Il est déjà tout en bas.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="387"/>
        <source>The bookmark could not be moved.</source>
        <translation>Le signet n&apos;a pas pu être déplacé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="396"/>
        <source>Choose a bookmark first</source>
        <translation>Choisissez d&apos;abord un signet</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="400"/>
        <source>Not in a Folder</source>
        <translation>Hors dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="432"/>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="434"/>
        <source>Name of the new folder:</source>
        <translation>Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="435"/>
        <source>Make Folder</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="444"/>
        <source>The folder could not be made.</source>
        <translation>Le dossier n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BreadcrumbBar</name>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="60"/>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="61"/>
        <source>Where the open article sits in the collection</source>
        <translation>La place de l&apos;article ouvert dans la collection</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="51"/>
        <source>You are here:</source>
        <translation>Vous êtes ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="108"/>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="110"/>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="76"/>
        <source>then</source>
        <translation>puis</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ButtonShelf</name>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="18"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="25"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="27"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="31"/>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="26"/>
        <source>Opens the buttons that do not fit here as a menu</source>
        <translation>Ouvre sous forme de menu les boutons qui n&apos;ont pas de place ici</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortController</name>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="78"/>
        <source>Colours: %1. Press %2 for the next colours.</source>
        <translation>Couleurs&#xa0;: %1. Appuyez sur %2 pour les couleurs suivantes.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="79"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="134"/>
        <source>&amp;Comfort</source>
        <translation>&amp;Confort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="138"/>
        <source>Reading &amp;comfort…</source>
        <translation>&amp;Confort de lecture…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="140"/>
        <source>Choose text size, colours, spacing and read aloud, with a preview</source>
        <translation>Choisir la taille du texte, les couleurs, l&apos;espacement et la lecture à voix haute, avec un aperçu</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="142"/>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="148"/>
        <source>Text and colours</source>
        <translation>Texte et couleurs</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="150"/>
        <source>&amp;Spacing and line length</source>
        <translation>Es&amp;pacement et longueur des lignes</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="152"/>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="154"/>
        <source>Letter spacing</source>
        <translation>Espacement des lettres</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="156"/>
        <source>Word spacing</source>
        <translation>Espacement des mots</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="158"/>
        <source>Line length</source>
        <translation>Longueur des lignes</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="159"/>
        <source>C&amp;olours</source>
        <translation>C&amp;ouleurs</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="161"/>
        <source>Easier-to-read &amp;letters (OpenDyslexic)</source>
        <translation>&amp;Lettres plus faciles à lire (OpenDyslexic)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="174"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="187"/>
        <source>&amp;Next colours</source>
        <translation>&amp;Couleurs suivantes</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="190"/>
        <source>Switch to the next colour theme</source>
        <translation>Passer au thème de couleurs suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="193"/>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="194"/>
        <source>Show the Listen &amp;button</source>
        <translation>Afficher le &amp;bouton Écouter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="204"/>
        <source>Comfort ▾</source>
        <translation>Confort ▾</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="209"/>
        <source>Reading comfort: profiles, text size, spacing, colours and read aloud</source>
        <translation>Confort de lecture&#xa0;: profils, taille du texte, espacement, couleurs et lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="210"/>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="221"/>
        <source>Reading comfort</source>
        <translation>Confort de lecture</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="219"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="226"/>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="237"/>
        <source>%1 colours for the window and the article (%2 switches)</source>
        <translation>Thème %1 pour la fenêtre et l&apos;article (%2 pour changer)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="239"/>
        <source>Use the %1 colours</source>
        <translation>Utiliser le thème %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="243"/>
        <source>%1 colours</source>
        <translation>Thème %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="271"/>
        <source>Sa&amp;ve these settings as a profile…</source>
        <translation>&amp;Enregistrer ces réglages comme profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="273"/>
        <source>Save comfort profile</source>
        <translation>Enregistrer le profil de confort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="274"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nom de ce profil (par exemple «&#xa0;Soirée&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="277"/>
        <source>Please choose a name that is not empty and not one of the built-in profiles.</source>
        <translation>Choisissez un nom qui ne soit pas vide et qui ne soit pas celui d&apos;un profil intégré.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="282"/>
        <source>&amp;Delete a profile…</source>
        <translation>&amp;Supprimer un profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="289"/>
        <source>Delete comfort profile</source>
        <translation>Supprimer le profil de confort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="290"/>
        <source>Profile to delete:</source>
        <translation>Profil à supprimer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortDialog</name>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <source>Welcome to Myelin</source>
        <translation>Bienvenue dans Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Reading comfort</source>
        <translation>Confort de lecture</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="51"/>
        <source>Choose the text size, colours, spacing and read aloud that suit you today</source>
        <translation>Choisissez la taille du texte, les couleurs, l&apos;espacement et la lecture à voix haute qui vous conviennent aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Make reading comfortable</source>
        <translation>Rendre la lecture confortable</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="56"/>
        <source>Choose what is easiest for your eyes today. The preview shows the change at once. You can change any of this later from the Comfort button in the toolbar or the Comfort menu.</source>
        <translation>Choisissez ce qui est le plus facile pour vos yeux aujourd&apos;hui. L&apos;aperçu montre le changement tout de suite. Vous pourrez modifier tout cela plus tard avec le bouton Confort de la barre d&apos;outils ou le menu Confort.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="59"/>
        <source>Every change shows at once, in the preview and in the article.</source>
        <translation>Chaque changement s&apos;affiche tout de suite, dans l&apos;aperçu et dans l&apos;article.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="64"/>
        <source>Quick choices:</source>
        <translation>Choix rapides&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>A−  Smaller</source>
        <translation>A−  Plus petit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>Make the text smaller</source>
        <translation>Rendre le texte plus petit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>A+  Larger</source>
        <translation>A+  Plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>Make the text larger</source>
        <translation>Rendre le texte plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="86"/>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="92"/>
        <source>Follow the system (light or dark)</source>
        <translation>Suivre le système (clair ou sombre)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="96"/>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="97"/>
        <source>Colours of the window and the article. Pictures keep their own colours.</source>
        <translation>Couleurs de la fenêtre et de l&apos;article. Les images gardent leurs propres couleurs.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="103"/>
        <source>Colours:</source>
        <translation>Couleurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Wide</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Extra wide</source>
        <translation>Très large</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="110"/>
        <source>Spacing</source>
        <translation>Espacement</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="111"/>
        <source>Space between lines, letters and words</source>
        <translation>Espace entre les lignes, les lettres et les mots</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="120"/>
        <source>Spacing:</source>
        <translation>Espacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing:</source>
        <translation>Interligne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing:</source>
        <translation>Espacement des lettres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing</source>
        <translation>Espacement des lettres</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing:</source>
        <translation>Espacement des mots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing</source>
        <translation>Espacement des mots</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length:</source>
        <translation>Longueur des lignes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length</source>
        <translation>Longueur des lignes</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>Easier-to-read letters</source>
        <translation>Lettres plus faciles à lire</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>OpenDyslexic: a font with heavier, more distinct letters</source>
        <translation>OpenDyslexic&#xa0;: une police aux lettres plus épaisses et plus faciles à distinguer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="143"/>
        <source>Show the Listen button</source>
        <translation>Afficher le bouton Écouter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="144"/>
        <source>A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)</source>
        <translation>Un bouton Écouter dans la barre d&apos;outils lit l&apos;article à voix haute (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="149"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Skip for now</source>
        <translation>Passer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Keep the usual settings and start reading</source>
        <translation>Garder les réglages habituels et commencer à lire</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Save as a profile…</source>
        <translation>Enregistrer comme profil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Keep these settings under a name</source>
        <translation>Garder ces réglages sous un nom</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="176"/>
        <source>Save comfort profile</source>
        <translation>Enregistrer le profil de confort</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="177"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nom de ce profil (par exemple «&#xa0;Soirée&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Start reading</source>
        <translation>Commencer à lire</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Keep these settings and start reading</source>
        <translation>Garder ces réglages et commencer à lire</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Close this page</source>
        <translation>Fermer cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="273"/>
        <source>The usual text size, spacing and colours</source>
        <translation>La taille du texte, l&apos;espacement et les couleurs habituels</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="275"/>
        <source>Larger text, more space, shorter lines and a cream background</source>
        <translation>Texte plus grand, plus d&apos;espace, lignes plus courtes et fond crème</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="277"/>
        <source>Larger text with the Listen button ready to read aloud</source>
        <translation>Texte plus grand, avec le bouton Écouter prêt pour la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="279"/>
        <source>Your saved profile &quot;%1&quot;</source>
        <translation>Votre profil enregistré «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="305"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="325"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="326"/>
        <source>Text size %1%</source>
        <translation>Taille du texte %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortPreview</name>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="50"/>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="52"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="51"/>
        <source>The start of an article, shown with the chosen settings</source>
        <translation>Le début d&apos;un article, affiché avec les réglages choisis</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortProfiles</name>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="53"/>
        <source>Comfort profile: %1</source>
        <translation>Profil de confort&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="92"/>
        <source>Saved the comfort profile &quot;%1&quot;.</source>
        <translation>Profil de confort «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::DeleteAllDialog</name>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="33"/>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="88"/>
        <source>Delete All My Data</source>
        <translation>Supprimer toutes mes données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="38"/>
        <source>Delete all your data from this computer?</source>
        <translation>Supprimer toutes vos données de cet ordinateur&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="46"/>
        <source>%n damaged copies of your data file, set aside earlier</source>
        <translation>
            <numerusform>%n copie endommagée de votre fichier de données, mise de côté plus tôt</numerusform>
            <numerusform>%n copies endommagées de votre fichier de données, mises de côté plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="49"/>
        <source>You have no bookmarks, notes, questions or history saved.</source>
        <translation>Vous n&apos;avez aucun signet, note, question ni historique enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="51"/>
        <source>This deletes:</source>
        <translation>Ceci supprime&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="54"/>
        <source>This deletes: %1</source>
        <translation>Ceci supprime&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="56"/>
        <source>This cannot be undone. To keep a copy, choose “Export My Data First”.</source>
        <translation>Cette action est irréversible. Pour garder une copie, choisissez «&#xa0;Exporter d&apos;abord mes données&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="63"/>
        <source>Also put all &amp;settings back as they were</source>
        <translation>Remettre aussi tous les &amp;réglages d&apos;origine</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="65"/>
        <source>Also put all settings back as they were</source>
        <translation>Remettre aussi tous les réglages d&apos;origine</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="68"/>
        <source>Text size, colours, spacing, comfort profiles, window size, paper size and the handout details go back to how they were when Myelin was installed.</source>
        <translation>La taille du texte, les couleurs, l&apos;espacement, les profils de confort, la taille de la fenêtre, le format du papier et les informations du livret reviennent à leur état à l&apos;installation de Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="76"/>
        <source>&amp;Export My Data First…</source>
        <translation>&amp;Exporter d&apos;abord mes données…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="78"/>
        <source>Export My Data First</source>
        <translation>Exporter d&apos;abord mes données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="86"/>
        <source>&amp;Delete All My Data</source>
        <translation>&amp;Supprimer toutes mes données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::FindBar</name>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="17"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="20"/>
        <source>Find in this page</source>
        <translation>Rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="24"/>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="30"/>
        <source>Words to find in this page</source>
        <translation>Mots à rechercher dans cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="31"/>
        <source>Type words to find in the open page. Enter finds the next, Shift+Enter the previous.</source>
        <translation>Tapez des mots à rechercher dans la page ouverte. Entrée trouve le résultat suivant, Shift+Enter le précédent.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="33"/>
        <source>Matches found</source>
        <translation>Résultats trouvés</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="34"/>
        <location filename="../app/ui/search/findbar.cpp" line="145"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="40"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Aller au résultat précédent (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="41"/>
        <source>Go to the next match (F3)</source>
        <translation>Aller au résultat suivant (F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="42"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPanel</name>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="28"/>
        <source>Filter terms</source>
        <translation>Filtrer les termes</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="31"/>
        <source>Filter glossary terms</source>
        <translation>Filtrer les termes du glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="32"/>
        <source>Type part of a word to show only matching terms</source>
        <translation>Tapez une partie d&apos;un mot pour n&apos;afficher que les termes correspondants</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="42"/>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="43"/>
        <source>Press Enter to read a term&apos;s definition</source>
        <translation>Appuyez sur Entrée pour lire la définition d&apos;un terme</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="90"/>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPopover</name>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="119"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="138"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="140"/>
        <source>Closes the definition and goes back to the article</source>
        <translation>Ferme la définition et revient à l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="156"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="232"/>
        <source>Opens the glossary page of %1</source>
        <translation>Ouvre la page du glossaire pour %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="233"/>
        <source>%1: definition</source>
        <translation>%1&#xa0;: définition</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="437"/>
        <source>More about %1</source>
        <translation>En savoir plus sur %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="139"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More about this word</source>
        <translation>En savoir plus sur ce mot</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More</source>
        <translation>Plus</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HandoutDialog</name>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>&amp;Add to Handout</source>
        <translation>&amp;Ajouter au livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>Add the selected articles to the end of the handout</source>
        <translation>Ajouter les articles sélectionnés à la fin du livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move the selected article one place earlier</source>
        <translation>Déplacer l&apos;article sélectionné d&apos;une place vers le haut</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move the selected article one place later</source>
        <translation>Déplacer l&apos;article sélectionné d&apos;une place vers le bas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>Take the selected article out of the handout</source>
        <translation>Retirer l&apos;article sélectionné du livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="81"/>
        <source>Cover page with the title and your group&apos;s details</source>
        <translation>Page de couverture avec le titre et les coordonnées de votre groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="82"/>
        <source>Contents page with page numbers</source>
        <translation>Sommaire avec les numéros de page</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="83"/>
        <source>Glossary of the medical words the articles use</source>
        <translation>Glossaire des mots médicaux utilisés dans les articles</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="85"/>
        <source>My questions for my next appointment, with space for the answers</source>
        <translation>Mes questions pour mon prochain rendez-vous, avec de la place pour les réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>Open a handout you saved before</source>
        <translation>Ouvrir un livret enregistré auparavant</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>Save this handout&apos;s articles and options to reuse later</source>
        <translation>Enregistrer les articles et les options de ce livret pour les réutiliser plus tard</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>Show the pages and print them</source>
        <translation>Afficher les pages et les imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save the handout as one PDF file</source>
        <translation>Enregistrer le livret dans un seul fichier PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close this window; the handout is remembered for next time</source>
        <translation>Fermer cette fenêtre&#xa0;; le livret est gardé pour la prochaine fois</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="94"/>
        <source>Make a Handout</source>
        <translation>Créer un livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="95"/>
        <source>Make a handout</source>
        <translation>Créer un livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="96"/>
        <source>Choose articles and options for a printed handout booklet.</source>
        <translation>Choisissez les articles et les options d&apos;un livret à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="100"/>
        <source>2. The cover page</source>
        <translation>2. La page de couverture</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>Handout title</source>
        <translation>Titre du livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>The title printed on the cover, for example &quot;Welcome pack&quot;</source>
        <translation>Le titre imprimé sur la couverture, par exemple «&#xa0;Livret d&apos;accueil&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="103"/>
        <source>For example: Welcome pack</source>
        <translation>Par exemple&#xa0;: Livret d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Group name</source>
        <translation>Nom du groupe</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Your group&apos;s name, printed on the cover and at the foot of each page</source>
        <translation>Le nom de votre groupe, imprimé sur la couverture et en bas de chaque page</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="107"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="108"/>
        <source>How to reach your group: meeting place and times, phone, email. Printed on the cover.</source>
        <translation>Comment joindre votre groupe&#xa0;: lieu et horaires des réunions, téléphone, e-mail. Imprimé sur la couverture.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="112"/>
        <source>&amp;Group name:</source>
        <translation>Nom du &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="113"/>
        <source>Con&amp;tact details:</source>
        <translation>&amp;Coordonnées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="116"/>
        <source>1. Choose the articles</source>
        <translation>1. Choisir les articles</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="117"/>
        <source>A&amp;ll articles:</source>
        <translation>Tous &amp;les articles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="119"/>
        <source>In this &amp;handout, in order:</source>
        <translation>Dans ce li&amp;vret, dans l&apos;ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Filter articles</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Type part of a title to show only matching articles</source>
        <translation>Tapez une partie d&apos;un titre pour n&apos;afficher que les articles correspondants</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="122"/>
        <source>Type to find an article</source>
        <translation>Tapez pour trouver un article</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="125"/>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="126"/>
        <source>Select one or more articles, then choose Add to Handout (or press Enter)</source>
        <translation>Sélectionnez un ou plusieurs articles, puis choisissez «&#xa0;Ajouter au livret&#xa0;» (ou appuyez sur Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>Articles in this handout</source>
        <translation>Articles de ce livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>The handout prints these articles in this order</source>
        <translation>Le livret imprime ces articles dans cet ordre</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="153"/>
        <source>3. What else to include</source>
        <translation>3. Autres éléments à inclure</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="155"/>
        <source>Start with a cover page</source>
        <translation>Commencer par une page de couverture</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="156"/>
        <source>List every part with the page it starts on</source>
        <translation>Lister chaque partie avec la page où elle commence</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="157"/>
        <source>Add the meanings of the medical words used in these articles</source>
        <translation>Ajouter le sens des mots médicaux utilisés dans ces articles</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="158"/>
        <source>Add the timeline of research and events</source>
        <translation>Ajouter la chronologie de la recherche et des événements</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="159"/>
        <source>Add a page of your own questions from the Questions pane, the ones not ticked off (left out when there are none)</source>
        <translation>Ajouter une page avec vos propres questions du panneau Questions, celles qui ne sont pas cochées (page omise s&apos;il n&apos;y en a aucune)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="164"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="414"/>
        <source>Save paper (%1 point, narrow margins)</source>
        <translation>Économiser le papier (%1 points, marges étroites)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="169"/>
        <source>Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge for printing on both sides</source>
        <translation>Moins de feuilles à photocopier&#xa0;: texte plus petit, marges étroites, numéros de page sur le bord extérieur pour l&apos;impression recto verso</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="172"/>
        <source>Standard print (%1 point)</source>
        <translation>Impression standard (%1 points)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="173"/>
        <source>Large print (%1 point)</source>
        <translation>Gros caractères (%1 points)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="174"/>
        <source>Extra large print (%1 point)</source>
        <translation>Très gros caractères (%1 points)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="176"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="177"/>
        <source>Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest pages</source>
        <translation>Les gros caractères (16 points ou plus) conviennent aux personnes qui voient mal&#xa0;; «&#xa0;Économiser le papier&#xa0;» donne le moins de pages</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="180"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="181"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>The paper your printer uses</source>
        <translation>Le papier utilisé par votre imprimante</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="184"/>
        <source>Te&amp;xt size:</source>
        <translation>Taille du te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="186"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="201"/>
        <source>Handout status</source>
        <translation>État du livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="204"/>
        <source>Page count</source>
        <translation>Nombre de pages</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="415"/>
        <source>%1 point</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="428"/>
        <source>Left out, because this collection has no such article: %1</source>
        <translation>Omis, car cette collection n&apos;a pas cet article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="500"/>
        <source>Already in the handout: %1</source>
        <translation>Déjà dans le livret&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/print/handoutdialog.cpp" line="502"/>
        <source>%n articles in the handout.</source>
        <translation>
            <numerusform>%n article dans le livret.</numerusform>
            <numerusform>%n articles dans le livret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="580"/>
        <source>Add articles to see how many pages the handout takes.</source>
        <translation>Ajoutez des articles pour voir combien de pages fera le livret.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="581"/>
        <source>Counting the pages…</source>
        <translation>Comptage des pages…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="602"/>
        <source>The pages could not be counted.</source>
        <translation>Les pages n&apos;ont pas pu être comptées.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="607"/>
        <source>This handout takes 1 page.</source>
        <translation>Ce livret fait 1 page.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="609"/>
        <source>This handout takes 2 pages (1 sheet printed on both sides).</source>
        <translation>Ce livret fait 2 pages (1 feuille imprimée recto verso).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="612"/>
        <source>This handout takes %1 pages (%2 sheets printed on both sides).</source>
        <translation>Ce livret fait %1 pages (%2 feuilles imprimées recto verso).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="634"/>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="643"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="659"/>
        <source>Open a Handout</source>
        <translation>Ouvrir un livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="660"/>
        <source>Myelin handouts (*.json);;All files (*)</source>
        <translation>Livrets Myelin (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="666"/>
        <source>Cannot open the handout</source>
        <translation>Impossible d&apos;ouvrir le livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="674"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="690"/>
        <source>handout</source>
        <translation>livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="675"/>
        <source>Save the Handout</source>
        <translation>Enregistrer le livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="677"/>
        <source>Myelin handouts (*.json)</source>
        <translation>Livrets Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="684"/>
        <source>Cannot save the handout</source>
        <translation>Impossible d&apos;enregistrer le livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="691"/>
        <source>Save the Handout as PDF</source>
        <translation>Enregistrer le livret en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="693"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HighlightDialog</name>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="39"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="42"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="45"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="48"/>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="66"/>
        <source>Passage: %1</source>
        <translation>Passage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="70"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="82"/>
        <source>Highlight colour. Use the arrow keys to choose another.</source>
        <translation>Couleur du surlignage. Utilisez les flèches pour en choisir une autre.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="95"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Note (facultative)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="99"/>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="100"/>
        <source>Your own words about this passage. Ctrl+Enter saves.</source>
        <translation>Vos propres mots sur ce passage. Ctrl+Enter enregistre.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="104"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryDays</name>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="12"/>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="15"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryPage</name>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Clear This Day…</source>
        <translation>Effacer ce jour…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="24"/>
        <source>Clear All History…</source>
        <translation>Effacer tout l&apos;historique…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="26"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="36"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="27"/>
        <source>Nothing here yet. The pages you read are listed here by day.</source>
        <translation>Rien ici pour l&apos;instant. Les pages que vous lisez s&apos;affichent ici, jour par jour.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="37"/>
        <source>The pages you read, by day, newest first. Press Enter to open one.</source>
        <translation>Les pages que vous avez lues, par jour, les plus récentes en premier. Appuyez sur Entrée pour en ouvrir une.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="42"/>
        <source>Open: open the chosen page</source>
        <translation>Ouvrir&#xa0;: ouvrir la page choisie</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="43"/>
        <source>Open the chosen page (Enter)</source>
        <translation>Ouvrir la page choisie (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="45"/>
        <source>Clear This Day: remove the chosen day&apos;s pages from the history</source>
        <translation>Effacer ce jour&#xa0;: retirer de l&apos;historique les pages du jour choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="46"/>
        <source>Remove the chosen day&apos;s pages from the history</source>
        <translation>Retirer de l&apos;historique les pages du jour choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="48"/>
        <source>Clear All History: remove every page from the history</source>
        <translation>Effacer tout l&apos;historique&#xa0;: retirer toutes les pages de l&apos;historique</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="49"/>
        <source>Remove every page from the history (bookmarks stay)</source>
        <translation>Retirer toutes les pages de l&apos;historique (les signets restent)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/historypage.cpp" line="105"/>
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform>
            <numerusform>%1, %n pages</numerusform>
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
        <translation>%1 (n&apos;est plus dans la bibliothèque)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="117"/>
        <source>%1, read at %2, no longer in the library</source>
        <translation>%1, lecture à %2, n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="118"/>
        <source>%1, read at %2</source>
        <translation>%1, lecture à %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="120"/>
        <source>%1: a content update renamed or removed this page.</source>
        <translation>%1&#xa0;: une mise à jour du contenu a renommé ou retiré cette page.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="182"/>
        <source>Keep It</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="202"/>
        <source>Clear This Day?</source>
        <translation>Effacer ce jour&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="203"/>
        <source>Remove the pages you read on %1 from the history? Bookmarks and reading places stay.</source>
        <translation>Retirer de l&apos;historique les pages lues ce jour-là (%1)&#xa0;? Les signets et les positions de lecture restent.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="206"/>
        <source>Clear %1</source>
        <translation>Effacer (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="208"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="222"/>
        <source>The history could not be cleared.</source>
        <translation>L&apos;historique n&apos;a pas pu être effacé.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="217"/>
        <source>Clear All History?</source>
        <translation>Effacer tout l&apos;historique&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="218"/>
        <source>Remove every page from the history? This cannot be undone. Bookmarks and reading places stay.</source>
        <translation>Retirer toutes les pages de l&apos;historique&#xa0;? Cette action est irréversible. Les signets et les positions de lecture restent.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="220"/>
        <source>Clear All History</source>
        <translation>Effacer tout l&apos;historique</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::KeyboardNavigation</name>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="42"/>
        <source>Next Region</source>
        <translation>Zone suivante</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="45"/>
        <source>Move to the next part of the window: toolbar, contents, article, related items</source>
        <translation>Aller à la partie suivante de la fenêtre&#xa0;: barre d&apos;outils, sommaire, article, éléments associés</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="47"/>
        <source>Previous Region</source>
        <translation>Zone précédente</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="50"/>
        <source>Move to the previous part of the window</source>
        <translation>Aller à la partie précédente de la fenêtre</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::LanguageMenu</name>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="16"/>
        <source>Lan&amp;guage</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="24"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="31"/>
        <source>Show Myelin in %1</source>
        <translation>Afficher Myelin en %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="33"/>
        <source>Use the language of this computer when Myelin has it, else English</source>
        <translation>Utiliser la langue de cet ordinateur si Myelin l’a, sinon l’anglais</translation>
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
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="266"/>
        <source>All articles. Use the arrow keys to move and open them.</source>
        <translation>Tous les articles. Utilisez les flèches pour vous déplacer et pour les ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="281"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="305"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="319"/>
        <source>Open in your web browser?</source>
        <translation>Ouvrir dans votre navigateur web&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="320"/>
        <source>This link leads outside Myelin, to:

%1

Open it in your web browser? Your browser will need an internet connection.</source>
        <translation>Ce lien mène en dehors de Myelin, vers&#xa0;:

%1

L&apos;ouvrir dans votre navigateur web&#xa0;? Votre navigateur aura besoin d&apos;une connexion internet.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Go back to the previous article</source>
        <translation>Revenir à l&apos;article précédent</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Go forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Go to the welcome page</source>
        <translation>Aller à la page d&apos;accueil</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Show the glossary of terms</source>
        <translation>Afficher le glossaire des termes</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <source>Show the timeline of events</source>
        <translation>Afficher la chronologie des événements</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <source>Show the collection of quotes</source>
        <translation>Afficher la collection de citations</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>Make the text smaller</source>
        <translation>Rendre le texte plus petit</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>Normal text size</source>
        <translation>Taille normale du texte</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>Make the text larger</source>
        <translation>Rendre le texte plus grand</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="450"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="453"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="459"/>
        <source>Text size:</source>
        <translation>Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="494"/>
        <source>&amp;Get Help Now</source>
        <translation>&amp;Obtenir de l&apos;aide maintenant</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="496"/>
        <source>Emergency numbers, crisis lines and MS helplines</source>
        <translation>Numéros d&apos;urgence, lignes d&apos;écoute et lignes d&apos;information sur la SEP</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="518"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="481"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="483"/>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="487"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="490"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="502"/>
        <source>&amp;How to Use Myelin</source>
        <translation>&amp;Comment utiliser Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="505"/>
        <source>Open the guide to Myelin, with its keyboard shortcuts</source>
        <translation>Ouvrir le guide de Myelin, avec ses raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="544"/>
        <source>Show &amp;Contents</source>
        <translation>Afficher le &amp;sommaire</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="547"/>
        <source>Show or hide the contents and glossary beside the article</source>
        <translation>Afficher ou masquer le sommaire et le glossaire à côté de l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="548"/>
        <source>Show &amp;Related Items</source>
        <translation>Afficher les éléments &amp;associés</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="551"/>
        <source>Show or hide the related items beside the article</source>
        <translation>Afficher ou masquer les éléments associés à côté de l&apos;article</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="562"/>
        <source>This page has no related items.</source>
        <translation>Cette page n&apos;a pas d&apos;éléments associés.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="686"/>
        <source>Your answer could not be saved. %1</source>
        <translation>Votre réponse n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="700"/>
        <source>Changes are not being saved</source>
        <translation>Les changements ne sont pas enregistrés</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="313"/>
        <source>Text size %1%</source>
        <translation>Taille du texte %1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="89"/>
        <source>More buttons</source>
        <translation>Autres boutons</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="91"/>
        <source>More buttons: those the window has no room for</source>
        <translation>Autres boutons&#xa0;: ceux pour lesquels la fenêtre n&apos;a pas de place</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="684"/>
        <source>Thank you. Your answer is saved on this computer only.</source>
        <translation>Merci. Votre réponse est enregistrée sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="712"/>
        <source>There is no article called &quot;%1&quot;. Showing the welcome page.</source>
        <translation>Il n&apos;y a pas d&apos;article nommé «&#xa0;%1&#xa0;». Affichage de la page d&apos;accueil.</translation>
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
        <translation>Glossaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="846"/>
        <source>Feedback on &quot;%1&quot;</source>
        <translation>Avis sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="847"/>
        <source>Article: %1

My comments:
</source>
        <translation>Article&#xa0;: %1

Mes commentaires&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MessageStrip</name>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="15"/>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="16"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="19"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="22"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>Remettre ce qui vient d&apos;être supprimé (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="23"/>
        <source>Close: close this message</source>
        <translation>Fermer&#xa0;: fermer ce message</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="24"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataController</name>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="51"/>
        <source>My &amp;Data</source>
        <translation>Mes &amp;données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="53"/>
        <source>&amp;Export My Data…</source>
        <translation>&amp;Exporter mes données…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="54"/>
        <source>Save your bookmarks, notes, questions and history in one file, to keep or to move to another computer</source>
        <translation>Enregistrer vos signets, notes, questions et historique dans un fichier, pour les garder ou les transférer sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="56"/>
        <source>&amp;Import My Data…</source>
        <translation>&amp;Importer mes données…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="57"/>
        <source>Add the bookmarks, notes, questions and history from an exported file; nothing of yours is overwritten</source>
        <translation>Ajouter les signets, notes, questions et historique d&apos;un fichier exporté&#xa0;; rien de ce que vous avez n&apos;est écrasé</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="60"/>
        <source>&amp;Delete All My Data…</source>
        <translation>&amp;Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="61"/>
        <source>Delete your bookmarks, notes, questions, history and answers from this computer</source>
        <translation>Supprimer de cet ordinateur vos signets, notes, questions, historique et réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="74"/>
        <source>Your data file was damaged</source>
        <translation>Votre fichier de données était endommagé</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="75"/>
        <source>A new data file was started; the damaged one was kept aside.</source>
        <translation>Un nouveau fichier de données a été créé&#xa0;; celui qui était endommagé a été mis de côté.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="99"/>
        <source>Myelin data %1</source>
        <translation>Données Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="101"/>
        <source>Export My Data</source>
        <translation>Exporter mes données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="102"/>
        <source>Myelin data (*.json)</source>
        <translation>Données Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="118"/>
        <source>Your data was not exported</source>
        <translation>Vos données n&apos;ont pas été exportées</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="122"/>
        <source>Your data is saved in %1.</source>
        <translation>Vos données sont enregistrées dans %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="123"/>
        <source>There was nothing to export yet.</source>
        <translation>Il n&apos;y avait encore rien à exporter.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="124"/>
        <source>It holds:</source>
        <translation>Il contient&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="125"/>
        <source>Keep it somewhere safe: your notes are in it as plain text. To bring them back, or onto another computer, choose File &gt; My Data &gt; Import My Data.</source>
        <translation>Gardez-le en lieu sûr&#xa0;: vos notes y figurent en texte lisible par tous. Pour les récupérer, ou les mettre sur un autre ordinateur, choisissez Fichier &gt; Mes données &gt; Importer mes données.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="127"/>
        <source>Your data is exported</source>
        <translation>Vos données sont exportées</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="128"/>
        <source>Your data is exported to %1</source>
        <translation>Vos données sont exportées vers %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="138"/>
        <source>Import My Data</source>
        <translation>Importer mes données</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="139"/>
        <source>Myelin data (*.json);;All files (*)</source>
        <translation>Données Myelin (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="151"/>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="154"/>
        <source>From %1:</source>
        <translation>Depuis %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="156"/>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="179"/>
        <source>Your data was not deleted</source>
        <translation>Vos données n&apos;ont pas été supprimées</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="182"/>
        <source>Your bookmarks, notes, questions, history and answers are deleted from this computer.</source>
        <translation>Vos signets, notes, questions, historique et réponses sont supprimés de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="184"/>
        <source>These set-aside copies could not be removed; delete them yourself:</source>
        <translation>Ces copies mises de côté n&apos;ont pas pu être retirées&#xa0;; supprimez-les vous-même&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="194"/>
        <source>Your settings are back as they were when Myelin was installed.</source>
        <translation>Vos réglages sont revenus à leur état à l&apos;installation de Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="195"/>
        <source>Your settings are back to the defaults for now, but could not be saved.</source>
        <translation>Vos réglages sont revenus aux valeurs par défaut pour l&apos;instant, mais ils n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="198"/>
        <source>Your data is deleted</source>
        <translation>Vos données sont supprimées</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="199"/>
        <source>Your data is deleted.</source>
        <translation>Vos données sont supprimées.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataText</name>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
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
            <numerusform>%n signet</numerusform>
            <numerusform>%n signets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n avec une note</numerusform>
            <numerusform>%n avec une note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="21"/>
        <source>%n questions for your appointment</source>
        <translation>
            <numerusform>%n question pour votre rendez-vous</numerusform>
            <numerusform>%n questions pour votre rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="24"/>
        <source>your reading history (%n page visits)</source>
        <translation>
            <numerusform>votre historique de lecture (%n page consultée)</numerusform>
            <numerusform>votre historique de lecture (%n pages consultées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="27"/>
        <source>where you were in %n articles</source>
        <translation>
            <numerusform>l&apos;endroit où vous en étiez dans %n article</numerusform>
            <numerusform>l&apos;endroit où vous en étiez dans %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="30"/>
        <source>%n answers to “Was this useful?”</source>
        <translation>
            <numerusform>%n réponse à «&#xa0;Cet article vous a-t-il été utile&#xa0;?&#xa0;»</numerusform>
            <numerusform>%n réponses à «&#xa0;Cet article vous a-t-il été utile&#xa0;?&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="52"/>
        <source>%n bookmark folders</source>
        <translation>
            <numerusform>%n dossier de signets</numerusform>
            <numerusform>%n dossiers de signets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="55"/>
        <source>%n highlights and notes</source>
        <translation>
            <numerusform>%n surlignage ou note</numerusform>
            <numerusform>%n surlignages et notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="58"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="61"/>
        <source>%n page visits in your history</source>
        <translation>
            <numerusform>%n page consultée dans votre historique</numerusform>
            <numerusform>%n pages consultées dans votre historique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="64"/>
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n position de lecture</numerusform>
            <numerusform>%n positions de lecture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="67"/>
        <source>%n feedback answers</source>
        <translation>
            <numerusform>%n réponse d&apos;avis</numerusform>
            <numerusform>%n réponses d&apos;avis</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="69"/>
        <source>Added: %1.</source>
        <translation>Ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="71"/>
        <source>Nothing new was added: everything in the file is already here.</source>
        <translation>Rien de nouveau n&apos;a été ajouté&#xa0;: tout ce que contient le fichier est déjà ici.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="74"/>
        <source>Already here, so skipped: %n items.</source>
        <translation>
            <numerusform>Déjà présent, donc ignoré&#xa0;: %n élément.</numerusform>
            <numerusform>Déjà présents, donc ignorés&#xa0;: %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="77"/>
        <source>Kept both: %n items in the file are different versions of yours (other words), so they were added beside yours. Nothing of yours was changed.</source>
        <translation>
            <numerusform>Les deux sont gardés&#xa0;: %n élément du fichier est une autre version de l&apos;un des vôtres (avec d&apos;autres mots), il a donc été ajouté à côté du vôtre. Rien de ce que vous aviez n&apos;a été modifié.</numerusform>
            <numerusform>Les deux sont gardés&#xa0;: %n éléments du fichier sont d&apos;autres versions des vôtres (avec d&apos;autres mots), ils ont donc été ajoutés à côté des vôtres. Rien de ce que vous aviez n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="82"/>
        <source>Could not be read, so skipped: %n items.</source>
        <translation>
            <numerusform>Illisible, donc ignoré&#xa0;: %n élément.</numerusform>
            <numerusform>Illisibles, donc ignorés&#xa0;: %n éléments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesController</name>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="59"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Surligner…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <source>Edit &amp;Note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <location filename="../app/ui/notes/notescontroller.cpp" line="77"/>
        <source>Change C&amp;olour</source>
        <translation>Changer la c&amp;ouleur</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Retirer le surlignage</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Undo Remove Highlight</source>
        <translation>&amp;Annuler le retrait du surlignage</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="68"/>
        <source>Highlight the selected passage, with a note if you like</source>
        <translation>Surligner le passage sélectionné, avec une note si vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="78"/>
        <source>Change Colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="106"/>
        <source>Show your highlights and notes</source>
        <translation>Afficher vos surlignages et vos notes</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="485"/>
        <source>That article is no longer in the library. Your notes on it are kept.</source>
        <translation>Cet article n&apos;est plus dans la bibliothèque. Vos notes sur cet article sont conservées.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="268"/>
        <source>Select a passage in the article first, then choose Highlight (%1).</source>
        <translation>Sélectionnez d&apos;abord un passage dans l&apos;article, puis choisissez Surligner (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="274"/>
        <source>Highlights can be kept in articles only.</source>
        <translation>Les surlignages ne peuvent être gardés que dans les articles.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="306"/>
        <source>Your highlight could not be saved. %1</source>
        <translation>Votre surlignage n&apos;a pas pu être enregistré. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="312"/>
        <source>Highlighted. It is listed under Notes.</source>
        <translation>Passage surligné. Il figure dans le panneau Notes.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="323"/>
        <source>Your note could not be saved. %1</source>
        <translation>Votre note n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="339"/>
        <source>The new colour could not be saved. %1</source>
        <translation>La nouvelle couleur n&apos;a pas pu être enregistrée. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="347"/>
        <source>The highlight could not be removed. %1</source>
        <translation>Le surlignage n&apos;a pas pu être retiré. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="500"/>
        <source>Removed the highlight %1.</source>
        <translation>Surlignage %1 retiré.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="358"/>
        <source>Removed the highlight %1. Undo is in the Notes pane and the article&apos;s menu.</source>
        <translation>Surlignage %1 retiré. Pour annuler, utilisez le panneau Notes ou le menu de l&apos;article.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="370"/>
        <source>The highlight could not be brought back. %1</source>
        <translation>Le surlignage n&apos;a pas pu être remis. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="378"/>
        <source>The highlight is back.</source>
        <translation>Le surlignage est revenu.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="394"/>
        <source>That article is no longer in the library. Your highlight and note are kept here.</source>
        <translation>Cet article n&apos;est plus dans la bibliothèque. Votre surlignage et votre note sont conservés ici.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="411"/>
        <source>This highlight could not be placed: the passage has changed since you marked it. Your quote is kept in the Notes pane.</source>
        <translation>Ce surlignage n&apos;a pas pu être placé&#xa0;: le passage a changé depuis que vous l&apos;avez marqué. Votre citation est conservée dans le panneau Notes.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="429"/>
        <source>Your highlight: %1</source>
        <translation>Votre surlignage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesPane</name>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <location filename="../app/ui/notes/notespane.cpp" line="59"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="28"/>
        <location filename="../app/ui/notes/notespane.cpp" line="63"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="29"/>
        <location filename="../app/ui/notes/notespane.cpp" line="232"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="35"/>
        <source>No highlights yet. Select a passage in an article, right-click it and choose Highlight… to keep it here with your own note.</source>
        <translation>Pas encore de surlignages. Sélectionnez un passage dans un article, faites un clic droit dessus et choisissez Surligner… pour le garder ici avec votre propre note.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="50"/>
        <source>Notes and highlights</source>
        <translation>Notes et surlignages</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="51"/>
        <source>Your highlights by article. Press Enter to show one in its article, Delete to remove it.</source>
        <translation>Vos surlignages par article. Appuyez sur Entrée pour en afficher un dans son article, sur Suppr pour le retirer.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="60"/>
        <source>Show the chosen highlight in its article</source>
        <translation>Afficher le surlignage choisi dans son article</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="61"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="62"/>
        <source>Change the chosen highlight&apos;s note or colour</source>
        <translation>Changer la note ou la couleur du surlignage choisi</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="64"/>
        <source>Remove the chosen highlight and its note (you can undo it)</source>
        <translation>Retirer le surlignage choisi et sa note (vous pouvez annuler)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="75"/>
        <source>Bring back the highlight you removed</source>
        <translation>Remettre le surlignage que vous avez retiré</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="134"/>
        <source>No longer in the library</source>
        <translation>N&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="140"/>
        <source>%1, no longer in the library</source>
        <translation>%1, n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="143"/>
        <source>Article. Press Enter to open it.</source>
        <translation>Article. Appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="144"/>
        <source>This article is not in this version of the library. Your highlights and notes on it are kept.</source>
        <translation>Cet article n&apos;est pas dans cette version de la bibliothèque. Vos surlignages et vos notes sur cet article sont conservés.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="155"/>
        <source>Could not be placed</source>
        <translation>N&apos;a pas pu être placé</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="171"/>
        <source>%1 highlight in %2: %3</source>
        <translation>Surlignage (%1) dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="174"/>
        <source>The passage has changed since you marked it, so it is not shown in the article. Your quote is kept.</source>
        <translation>Le passage a changé depuis que vous l&apos;avez marqué, il n&apos;est donc pas affiché dans l&apos;article. Votre citation est conservée.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesText</name>
    <message>
        <location filename="../app/ui/notes/notestext.cpp" line="27"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPagePainter</name>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="28"/>
        <source>The pages could not be read.</source>
        <translation>Les pages n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="35"/>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="55"/>
        <source>The printer stopped after page %1.</source>
        <translation>L&apos;imprimante s&apos;est arrêtée après la page %1.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPipeline</name>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="107"/>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="127"/>
        <source>No article was chosen.</source>
        <translation>Aucun article n&apos;a été choisi.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="133"/>
        <source>There is no article called &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas d&apos;article nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="145"/>
        <source>Articles from Myelin</source>
        <translation>Articles de Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="178"/>
        <source>This page cannot be printed.</source>
        <translation>Cette page ne peut pas être imprimée.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="190"/>
        <source>Glossary: %1</source>
        <translation>Glossaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <source>Timeline: %1</source>
        <translation>Chronologie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="201"/>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="214"/>
        <source>The handout has no articles. Add at least one.</source>
        <translation>Le livret n&apos;a aucun article. Ajoutez-en au moins un.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="220"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Il n&apos;y a pas d&apos;article nommé «&#xa0;%1&#xa0;» dans cette collection.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="223"/>
        <source>Information about MS</source>
        <translation>Informations sur la SEP</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="233"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="263"/>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="268"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="289"/>
        <source>There are no questions to print.</source>
        <translation>Il n&apos;y a aucune question à imprimer.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="335"/>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être imprimé.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="363"/>
        <source>The contents page could not be laid out.</source>
        <translation>La page de sommaire n&apos;a pas pu être mise en page.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="393"/>
        <source>The PDF could not be put together: %1</source>
        <translation>Le PDF n&apos;a pas pu être assemblé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PrintController</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="52"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="104"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="375"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>As &amp;PDF…</source>
        <translation>En &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="170"/>
        <source>Print this page</source>
        <translation>Imprimer cette page</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>Save this page as a PDF file, ready to print or email</source>
        <translation>Enregistrer cette page dans un fichier PDF, prêt à imprimer ou à envoyer par e-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>En page &amp;web (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>Save this article as one web page file that opens in any browser</source>
        <translation>Enregistrer cet article dans un seul fichier de page web, qui s&apos;ouvre dans n&apos;importe quel navigateur</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>As Plain &amp;Text…</source>
        <translation>En &amp;texte brut…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>Save this article as plain text</source>
        <translation>Enregistrer cet article en texte brut</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Make a &amp;Handout…</source>
        <translation>Créer un &amp;livret…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Put several articles together into a booklet to print or save as PDF</source>
        <translation>Rassembler plusieurs articles dans un livret à imprimer ou à enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Export as Web Page</source>
        <translation>Exporter en page web</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="127"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="135"/>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Export as Plain Text</source>
        <translation>Exporter en texte brut</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="142"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="145"/>
        <source>Paper &amp;Size</source>
        <translation>Format du &amp;papier</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>US &amp;Letter</source>
        <translation>&amp;Lettre US</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="152"/>
        <source>Print and export on %1 paper</source>
        <translation>Imprimer et exporter sur papier %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="297"/>
        <source>Preparing the pages for printing…</source>
        <translation>Préparation des pages pour l&apos;impression…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="303"/>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="315"/>
        <source>Preparing the handout&apos;s pages…</source>
        <translation>Préparation des pages du livret…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="321"/>
        <source>Cannot print the handout</source>
        <translation>Impossible d&apos;imprimer le livret</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="340"/>
        <source>Print Preview – %1</source>
        <translation>Aperçu avant impression – %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="341"/>
        <source>Print preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="343"/>
        <source>%1. Choose Print to send them to a printer.</source>
        <translation>%1. Choisissez Imprimer pour les envoyer à une imprimante.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="374"/>
        <source>Choose a printer and print these pages</source>
        <translation>Choisir une imprimante et imprimer ces pages</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="376"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="378"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="377"/>
        <source>Close the preview without printing</source>
        <translation>Fermer l&apos;aperçu sans imprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="403"/>
        <source>%1 ready to print.</source>
        <translation>Prêt à imprimer&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="412"/>
        <source>Saved %1 (%2).</source>
        <translation>%1 enregistré (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="419"/>
        <source>Cannot save the PDF</source>
        <translation>Impossible d&apos;enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="431"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="464"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="485"/>
        <source>Open an article first.</source>
        <translation>Ouvrez d&apos;abord un article.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="437"/>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="448"/>
        <location filename="../app/ui/print/printquestions.cpp" line="102"/>
        <source>Another PDF is being made; try again in a moment.</source>
        <translation>Un autre PDF est en cours de création&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="451"/>
        <source>Making the handout PDF…</source>
        <translation>Création du PDF du livret…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="476"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="494"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="49"/>
        <source>Your questions take %1</source>
        <translation>Vos questions occupent %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="50"/>
        <source>Your %1 questions do not fit on one page at this text size (%2 pt). They take %3.</source>
        <translation>Vos %1 questions ne tiennent pas sur une page à cette taille de texte (%2 pt). Elles occupent %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="57"/>
        <source>You can go on with %1, or cancel and tick off or delete some questions, or make the text smaller (ticked questions are left out).</source>
        <translation>Vous pouvez continuer avec %1, ou annuler et cocher ou supprimer des questions, ou réduire la taille du texte (les questions cochées sont omises).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="61"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="80"/>
        <source>Preparing your questions for printing…</source>
        <translation>Préparation de vos questions pour l&apos;impression…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="83"/>
        <source>Cannot print your questions</source>
        <translation>Impossible d&apos;imprimer vos questions</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>Save My Questions as PDF</source>
        <translation>Enregistrer mes questions en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>my-questions</source>
        <translation>mes-questions</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="105"/>
        <source>Making the PDF of your questions…</source>
        <translation>Création du PDF de vos questions…</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionDialog</name>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="24"/>
        <source>Your &amp;question:</source>
        <translation>Votre &amp;question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="27"/>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="28"/>
        <source>Enter saves it; Shift+Enter starts a new line</source>
        <translation>Entrée l&apos;enregistre&#xa0;; Shift+Enter commence une nouvelle ligne</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionOrigin</name>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”: %2</source>
        <translation>Tiré de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”</source>
        <translation>Tiré de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="72"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (n&apos;est plus dans la bibliothèque)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsController</name>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>Add to My &amp;Questions…</source>
        <translation>Ajouter à mes &amp;questions…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>My &amp;Questions</source>
        <translation>Mes &amp;questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="46"/>
        <source>Print M&amp;y Questions…</source>
        <translation>Imprimer &amp;mes questions…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="47"/>
        <source>Save My Questions as PD&amp;F…</source>
        <translation>Enregistrer mes questions en PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="50"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="53"/>
        <source>Save a question about this passage, heading or word for your next appointment</source>
        <translation>Enregistrer une question sur ce passage, ce titre ou ce mot pour votre prochain rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="57"/>
        <source>Show your questions for your next appointment</source>
        <translation>Afficher vos questions pour votre prochain rendez-vous</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="72"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Imprimer vos questions sur une page en gros caractères, avec de la place pour les réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="74"/>
        <source>Save your questions as a one-page PDF in large print</source>
        <translation>Enregistrer vos questions dans un PDF d&apos;une page en gros caractères</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="146"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="161"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="197"/>
        <source>Can you tell me more about %1?</source>
        <translation>Pouvez-vous m&apos;en dire plus sur «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="199"/>
        <source>Can you tell me more about this?</source>
        <translation>Pouvez-vous m&apos;en dire plus à ce sujet&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="223"/>
        <source>Add to My Questions</source>
        <translation>Ajouter à mes questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="228"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="247"/>
        <source>The question could not be saved.</source>
        <translation>La question n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="232"/>
        <source>Added to your questions (the Questions tab).</source>
        <translation>Ajoutée à vos questions (onglet Questions).</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="243"/>
        <source>Edit Question</source>
        <translation>Modifier la question</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsPane</name>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="60"/>
        <source>Questions to ask at your next appointment.</source>
        <translation>Questions à poser lors de votre prochain rendez-vous.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add question</source>
        <translation>Ajouter la question</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add the question typed above to the end of the list</source>
        <translation>Ajouter la question tapée ci-dessus à la fin de la liste</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="62"/>
        <source>No questions yet. Type one above, or right-click in an article and choose &quot;Add to My Questions&quot;.</source>
        <translation>Pas encore de questions. Tapez-en une ci-dessus, ou faites un clic droit dans un article et choisissez «&#xa0;Ajouter à mes questions&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move the chosen question one place earlier (Ctrl+Up)</source>
        <translation>Déplacer la question choisie d&apos;une place vers le haut (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move Do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move the chosen question one place later (Ctrl+Down)</source>
        <translation>Déplacer la question choisie d&apos;une place vers le bas (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>Modifi&amp;er…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Change the chosen question&apos;s words (F2)</source>
        <translation>Changer les mots de la question choisie (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete the chosen question; you can undo it</source>
        <translation>Supprimer la question choisie&#xa0;; vous pouvez annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>&amp;Open Page</source>
        <translation>&amp;Ouvrir la page</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open page</source>
        <translation>Ouvrir la page</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open the page the question came from (Enter)</source>
        <translation>Ouvrir la page d&apos;où vient la question (Entrée)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Put the deleted question back (Ctrl+Z)</source>
        <translation>Remettre la question supprimée (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Hide this message; the question stays deleted</source>
        <translation>Masquer ce message&#xa0;; la question reste supprimée</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>Print my questions</source>
        <translation>Imprimer mes questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="76"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Imprimer vos questions sur une page en gros caractères, avec de la place pour les réponses</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save my questions as PDF</source>
        <translation>Enregistrer mes questions en PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save the same page as a PDF file</source>
        <translation>Enregistrer la même page dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="79"/>
        <source>Tick a question off when it has been answered: ticked ones are left out when you print.</source>
        <translation>Cochez une question quand vous avez eu la réponse&#xa0;: les questions cochées ne sont pas imprimées.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="84"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="101"/>
        <location filename="../app/ui/questions/questionspane.cpp" line="102"/>
        <source>Type a question</source>
        <translation>Tapez une question</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="103"/>
        <source>Enter adds it to the end of the list</source>
        <translation>Entrée l&apos;ajoute à la fin de la liste</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="116"/>
        <source>My questions</source>
        <translation>Mes questions</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="117"/>
        <source>Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it</source>
        <translation>Espace coche une question, Entrée ouvre sa page, F2 la modifie, Suppr la supprime, Ctrl+Up et Ctrl+Down la déplacent</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="149"/>
        <source>Deleted question</source>
        <translation>Question supprimée</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="219"/>
        <source>Ticked off</source>
        <translation>Cochée</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="274"/>
        <source>The question could not be saved.</source>
        <translation>La question n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="279"/>
        <source>Added to your questions.</source>
        <translation>Ajoutée à vos questions.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="336"/>
        <source>The question could not be deleted.</source>
        <translation>La question n&apos;a pas pu être supprimée.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="340"/>
        <source>Deleted: %1</source>
        <translation>Supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="342"/>
        <source>Question deleted. Undo puts it back.</source>
        <translation>Question supprimée. «&#xa0;Annuler&#xa0;» la remet.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="352"/>
        <source>The question could not be put back.</source>
        <translation>La question n&apos;a pas pu être remise.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="358"/>
        <source>Question put back.</source>
        <translation>Question remise.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="378"/>
        <source>“%1” is no longer in the library.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="380"/>
        <source>This question was typed, not added from a page.</source>
        <translation>Cette question a été tapée, elle ne vient pas d&apos;une page.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ReadAloudController</name>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="41"/>
        <source>Slow</source>
        <translation>Lent</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="42"/>
        <source>A little slower</source>
        <translation>Un peu plus lent</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="44"/>
        <source>A little faster</source>
        <translation>Un peu plus rapide</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="45"/>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="464"/>
        <source>Listen</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="53"/>
        <source>&amp;Read aloud</source>
        <translation>Lecture à &amp;voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="54"/>
        <source>&amp;Voice</source>
        <translation>V&amp;oix</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="55"/>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="489"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Arrêter la lecture à voix haute (Échap ou %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Stop reading aloud</source>
        <translation>Arrêter la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="83"/>
        <source>&amp;Speed</source>
        <translation>&amp;Vitesse</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="99"/>
        <source>Read aloud controls</source>
        <translation>Commandes de lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="105"/>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="108"/>
        <source>Reading speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="109"/>
        <source>How fast the voice reads</source>
        <translation>La vitesse à laquelle la voix lit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="114"/>
        <source>Voice:</source>
        <translation>Voix&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="117"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="118"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="529"/>
        <source>Which voice reads</source>
        <translation>La voix qui lit</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="127"/>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="206"/>
        <source>The article is still opening. Try again in a moment.</source>
        <translation>L&apos;article est encore en cours d&apos;ouverture. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="219"/>
        <source>Starting the voice…</source>
        <translation>Démarrage de la voix…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="230"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="256"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="286"/>
        <source>Read aloud is not available.</source>
        <translation>La lecture à voix haute n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="240"/>
        <source>There is no text to read on this page.</source>
        <translation>Il n&apos;y a pas de texte à lire sur cette page.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="273"/>
        <source>Sentence %1 of %2</source>
        <translation>Phrase %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="299"/>
        <source>Finished reading aloud.</source>
        <translation>Lecture à voix haute terminée.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="360"/>
        <source>Check that speakers or headphones are connected, switched on and not muted, then press Listen to try again.</source>
        <translation>Vérifiez que les haut-parleurs ou le casque sont branchés, allumés et que le son n&apos;est pas coupé, puis appuyez sur Écouter pour réessayer.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="364"/>
        <source>Read aloud stopped: no sound could be played.</source>
        <translation>Lecture à voix haute arrêtée&#xa0;: aucun son n&apos;a pu être joué.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="365"/>
        <source>Read aloud stopped because the voice started the sentence but could not finish it. This computer may have no working sound output.</source>
        <translation>La lecture à voix haute s&apos;est arrêtée car la voix a commencé la phrase sans pouvoir la finir. Cet ordinateur n&apos;a peut-être pas de sortie son qui fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="369"/>
        <source>Read aloud stopped: the voice did not start.</source>
        <translation>Lecture à voix haute arrêtée&#xa0;: la voix n&apos;a pas démarré.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="370"/>
        <source>Read aloud stopped because the voice did not start speaking. The speech engine may not be working, or this computer may have no working sound output.</source>
        <translation>La lecture à voix haute s&apos;est arrêtée car la voix n&apos;a pas commencé à parler. Le moteur de synthèse vocale ne fonctionne peut-être pas, ou cet ordinateur n&apos;a peut-être pas de sortie son qui fonctionne.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="372"/>
        <source>If that does not help:</source>
        <translation>Si cela ne suffit pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="389"/>
        <source>Read aloud is not available</source>
        <translation>La lecture à voix haute n&apos;est pas disponible</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="466"/>
        <source>Read the article aloud, from the selected text or from the top</source>
        <translation>Lire l&apos;article à voix haute, à partir du texte sélectionné ou depuis le début</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="469"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="471"/>
        <source>Pause reading aloud</source>
        <translation>Mettre en pause la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="474"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="476"/>
        <source>Go on reading aloud</source>
        <translation>Reprendre la lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Close the read aloud bar</source>
        <translation>Fermer la barre de lecture à voix haute</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="504"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="518"/>
        <source>Standard voice</source>
        <translation>Voix standard</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="527"/>
        <source>Voices are listed once the speech engine has started</source>
        <translation>Les voix s&apos;affichent une fois le moteur de synthèse vocale démarré</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RelatedPanel</name>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="22"/>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="35"/>
        <source>Related items</source>
        <translation>Éléments associés</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="36"/>
        <source>Articles related to the open one. Press Enter to open one.</source>
        <translation>Articles liés à l&apos;article ouvert. Appuyez sur Entrée pour en ouvrir un.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RenderingController</name>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="160"/>
        <source>Page &amp;Drawing</source>
        <translation>Affichage des &amp;pages</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>&amp;Automatic (recommended)</source>
        <translation>&amp;Automatique (recommandé)</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>Use the graphics card when the computer has one</source>
        <translation>Utiliser la carte graphique si l&apos;ordinateur en a une</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="173"/>
        <source>Wit&amp;hout the Graphics Card</source>
        <translation>&amp;Sans la carte graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="174"/>
        <source>Steadier and lighter on computers without a graphics card, such as virtual machines</source>
        <translation>Plus stable et plus léger sur les ordinateurs sans carte graphique, comme les machines virtuelles</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>&amp;With the Graphics Card</source>
        <translation>A&amp;vec la carte graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>Always use the graphics card</source>
        <translation>Toujours utiliser la carte graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="189"/>
        <source>Pages are now drawn without the graphics card</source>
        <translation>Les pages sont maintenant affichées sans la carte graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="190"/>
        <source>Pages are now drawn with the graphics card</source>
        <translation>Les pages sont maintenant affichées avec la carte graphique</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="205"/>
        <source>Myelin will draw pages this way the next time it starts.</source>
        <translation>Myelin affichera les pages de cette façon à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchBox</name>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="11"/>
        <source>Search articles, terms, events</source>
        <translation>Rechercher articles, termes, événements</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="12"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="14"/>
        <source>Type to search articles, glossary terms and timeline events. Results appear as you type; use the Up and Down keys to choose one and Enter to open it.</source>
        <translation>Tapez pour rechercher dans les articles, les termes du glossaire et les événements de la chronologie. Les résultats s&apos;affichent pendant la frappe&#xa0;; utilisez les flèches Haut et Bas pour en choisir un et Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="16"/>
        <source>Search articles, glossary terms and timeline events (Ctrl+K)</source>
        <translation>Rechercher dans les articles, les termes du glossaire et les événements de la chronologie (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchController</name>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="101"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="104"/>
        <source>Search articles, glossary terms and timeline events</source>
        <translation>Rechercher dans les articles, les termes du glossaire et les événements de la chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="107"/>
        <source>&amp;Find in This Page…</source>
        <translation>Rechercher dans cette &amp;page…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="110"/>
        <source>Find words in the open page</source>
        <translation>Rechercher des mots dans la page ouverte</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="113"/>
        <source>Find &amp;Next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="115"/>
        <source>Go to the next match in the page</source>
        <translation>Aller au résultat suivant dans la page</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="121"/>
        <source>Find &amp;Previous</source>
        <translation>Résultat pré&amp;cédent</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="123"/>
        <source>Go to the previous match in the page</source>
        <translation>Aller au résultat précédent dans la page</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="194"/>
        <source>Search is not available: %1</source>
        <translation>La recherche n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="208"/>
        <location filename="../app/ui/search/searchcontroller.cpp" line="403"/>
        <source>No page has all of these words. Pages with some of them:</source>
        <translation>Aucune page ne contient tous ces mots. Pages qui en contiennent certains&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="219"/>
        <source>Show all results for %1</source>
        <translation>Afficher tous les résultats pour %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="224"/>
        <source>No results for %1. Check the spelling, or try fewer or other words.</source>
        <translation>Aucun résultat pour %1. Vérifiez l&apos;orthographe, ou essayez avec moins de mots ou d&apos;autres mots.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="348"/>
        <source>“%1” is no longer in the library.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="367"/>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="368"/>
        <source>Glossary terms</source>
        <translation>Termes du glossaire</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="369"/>
        <source>Timeline events</source>
        <translation>Événements de la chronologie</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="379"/>
        <source>%1 or more</source>
        <translation>%1 ou plus</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="380"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="388"/>
        <source>Your notes and questions (%1)</source>
        <translation>Vos notes et questions (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="410"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchPopup</name>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="25"/>
        <location filename="../app/ui/search/searchpopup.cpp" line="36"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="37"/>
        <source>Use the Up and Down keys in the search field to choose, Enter to open.</source>
        <translation>Utilisez les flèches Haut et Bas dans le champ de recherche pour choisir, et Entrée pour ouvrir.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="78"/>
        <source>More in the glossary →</source>
        <translation>Plus dans le glossaire →</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="86"/>
        <source>Did you mean: &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Vouliez-vous dire&#xa0;: &lt;b&gt;%1&lt;/b&gt;&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsModel</name>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="29"/>
        <source>Your question</source>
        <translation>Votre question</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your highlight</source>
        <translation>Votre surlignage</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="43"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="79"/>
        <source>in “%1”</source>
        <translation>dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="71"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="76"/>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="74"/>
        <source>Definition: %1. %2 More in the glossary.</source>
        <translation>Définition&#xa0;: %1. %2 Plus dans le glossaire.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Vouliez-vous dire&#xa0;: %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="96"/>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsPanel</name>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="17"/>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="30"/>
        <source>All search results</source>
        <translation>Tous les résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="20"/>
        <source>Search results summary</source>
        <translation>Résumé des résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="32"/>
        <source>Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one.</source>
        <translation>Articles, termes du glossaire, événements de la chronologie, et vos propres notes et questions. Appuyez sur Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="47"/>
        <source>No results for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/search/searchresultspanel.cpp" line="49"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n résultat pour «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n résultats pour «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SidePanes</name>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="43"/>
        <location filename="../app/ui/shell/sidepanes.cpp" line="45"/>
        <source>Side panes</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="53"/>
        <source>Side pane</source>
        <translation>Panneau latéral</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="54"/>
        <source>Choose what is shown beside the article.</source>
        <translation>Choisissez ce qui s&apos;affiche à côté de l&apos;article.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="93"/>
        <source>Shows the %1 pane beside the article.</source>
        <translation>Affiche le panneau %1 à côté de l&apos;article.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SpeechBackend</name>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="87"/>
        <source>Read aloud needs a speech engine, and none is installed.</source>
        <translation>La lecture à voix haute a besoin d&apos;un moteur de synthèse vocale, et aucun n&apos;est installé.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="90"/>
        <source>Read aloud needs the speech engine &quot;%1&quot;, which is not installed.</source>
        <translation>La lecture à voix haute a besoin du moteur de synthèse vocale «&#xa0;%1&#xa0;», qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="96"/>
        <source>The speech engine could not start (%1).</source>
        <translation>Le moteur de synthèse vocale n&apos;a pas pu démarrer (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="100"/>
        <source>The speech engine has no voices to read with.</source>
        <translation>Le moteur de synthèse vocale n&apos;a aucune voix pour lire.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="157"/>
        <source>The voice could not be played%1: this computer may have no working sound output. Check that speakers or headphones are connected, switched on and not muted, then start Myelin again.</source>
        <translation>La voix n&apos;a pas pu être jouée%1&#xa0;: cet ordinateur n&apos;a peut-être pas de sortie son qui fonctionne. Vérifiez que les haut-parleurs ou le casque sont branchés, allumés et que le son n&apos;est pas coupé, puis redémarrez Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="163"/>
        <source>The speech engine stopped with an error%1.</source>
        <translation>Le moteur de synthèse vocale s&apos;est arrêté sur une erreur%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="35"/>
        <source>This copy of Myelin was built without read aloud, because Qt TextToSpeech was missing when it was built. To build it with read aloud, install qt6-speech-dev, then %1</source>
        <translation>Cette copie de Myelin a été compilée sans la lecture à voix haute, car Qt TextToSpeech manquait lors de la compilation. Pour la compiler avec la lecture à voix haute, installez qt6-speech-dev, puis&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="72"/>
        <source>Check that Windows has a voice for your language (Settings &gt; Time &amp; language &gt; Speech), then start Myelin again.</source>
        <translation>Vérifiez que Windows dispose d&apos;une voix pour votre langue (Paramètres &gt; Heure et langue &gt; Voix), puis redémarrez Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="77"/>
        <source>Check that macOS has a voice for your language (System Settings &gt; Accessibility &gt; Spoken Content &gt; System voice), then start Myelin again.</source>
        <translation>Vérifiez que macOS dispose d&apos;une voix pour votre langue (Réglages Système &gt; Accessibilité &gt; Contenu énoncé &gt; Voix du système), puis redémarrez Myelin.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="82"/>
        <source>Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), then start Myelin again.</source>
        <translation>Installez speech-dispatcher et espeak-ng (sous Debian ou Ubuntu&#xa0;: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), puis redémarrez Myelin.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::UpdateController</name>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="59"/>
        <source>&amp;Update Content…</source>
        <translation>Mettre à &amp;jour le contenu…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="61"/>
        <source>Install a content update (.myelinpack file) from a USB stick, an email or a download</source>
        <translation>Installer une mise à jour du contenu (fichier .myelinpack) depuis une clé USB, un e-mail ou un téléchargement</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="66"/>
        <source>Update Content</source>
        <translation>Mettre à jour le contenu</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="67"/>
        <source>Myelin content updates (*.%1)</source>
        <translation>Mises à jour du contenu Myelin (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="72"/>
        <source>&amp;Go Back to Previous Content…</source>
        <translation>&amp;Revenir au contenu précédent…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="74"/>
        <source>Undo the last content update and show the content used before it</source>
        <translation>Annuler la dernière mise à jour du contenu et afficher le contenu utilisé avant</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="77"/>
        <source>&amp;What&apos;s New in the Content</source>
        <translation>&amp;Nouveautés du contenu</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="79"/>
        <source>List the articles the last content update added, changed and removed</source>
        <translation>Lister les articles que la dernière mise à jour du contenu a ajoutés, modifiés et retirés</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="110"/>
        <source>Content update not used</source>
        <translation>Mise à jour du contenu non utilisée</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Go Back to Older Content?</source>
        <translation>Revenir à un contenu plus ancien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Install Content Update?</source>
        <translation>Installer la mise à jour du contenu&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="155"/>
        <source>This pack holds content version %1, which is not newer than the content you have (%2). Articles corrected since then will go back to their older text.</source>
        <translation>Ce paquet contient la version %1 du contenu, qui n&apos;est pas plus récente que celle que vous avez (%2). Les articles corrigés depuis reviendront à leur ancien texte.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="158"/>
        <source>Install content version %1, reviewed up to %2?</source>
        <translation>Installer la version %1 du contenu (dernière révision&#xa0;: %2)&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="162"/>
        <source>Collection: %1</source>
        <translation>Collection&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="163"/>
        <source>Signed by: %1 (key %2). The signature was checked.</source>
        <translation>Signé par&#xa0;: %1 (clé %2). La signature a été vérifiée.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="166"/>
        <source>Since version %1: %2 new, %3 changed and %4 removed articles.</source>
        <translation>Depuis la version %1&#xa0;: %2 articles nouveaux, %3 modifiés et %4 retirés.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="172"/>
        <source>You now have version %1 (%2). You can go back to it later (File &gt; Go Back to Previous Content). Your bookmarks, notes and settings are not changed.</source>
        <translation>Vous avez actuellement la version %1 (%2). Vous pourrez y revenir plus tard (Fichier &gt; Revenir au contenu précédent). Vos signets, notes et réglages ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>New:</source>
        <translation>Nouveaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>Changed:</source>
        <translation>Modifiés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="181"/>
        <source>Removed:</source>
        <translation>Retirés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Go Back to Version %1</source>
        <translation>Revenir à la version %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Install Update</source>
        <translation>Installer la mise à jour</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="199"/>
        <source>Checking the content update %1…</source>
        <translation>Vérification de la mise à jour du contenu %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="210"/>
        <source>Content update refused</source>
        <translation>Mise à jour du contenu refusée</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="214"/>
        <source>The content was not changed.</source>
        <translation>Le contenu n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="219"/>
        <source>The content update %1 could not be installed, and the content was not changed: %2</source>
        <translation>La mise à jour du contenu %1 n&apos;a pas pu être installée, et le contenu n&apos;a pas été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="222"/>
        <source>Content update failed</source>
        <translation>Échec de la mise à jour du contenu</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="237"/>
        <source>content version %1 (%2)</source>
        <translation>la version %1 du contenu (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="238"/>
        <source>the content that came with Myelin</source>
        <translation>le contenu fourni avec Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="239"/>
        <source>Go back to %1? The update in use now is removed; your bookmarks, notes and settings are not changed.</source>
        <translation>Revenir à %1&#xa0;? La mise à jour utilisée actuellement sera retirée&#xa0;; vos signets, notes et réglages ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="246"/>
        <source>Go Back to Previous Content?</source>
        <translation>Revenir au contenu précédent&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="254"/>
        <source>Could not go back to the previous content: %1</source>
        <translation>Impossible de revenir au contenu précédent&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="256"/>
        <source>Content not changed</source>
        <translation>Contenu non modifié</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::WhatsNewDialog</name>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="26"/>
        <source>reviewed %1</source>
        <translation>révision&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="40"/>
        <source>The content is now version %1.</source>
        <translation>Le contenu est maintenant en version %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="41"/>
        <source>The content was updated from version %1 to version %2.</source>
        <translation>Le contenu est passé de la version %1 à la version %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="44"/>
        <source>No article was added, changed or removed.</source>
        <translation>Aucun article n&apos;a été ajouté, modifié ou retiré.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="46"/>
        <source>New articles (%1)</source>
        <translation>Nouveaux articles (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="47"/>
        <source>Changed articles (%1)</source>
        <translation>Articles modifiés (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="48"/>
        <source>Removed articles (%1)</source>
        <translation>Articles retirés (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="56"/>
        <source>What&apos;s New in the Content</source>
        <translation>Nouveautés du contenu</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="58"/>
        <source>The articles the last content update added, changed and removed. Press Tab to move between the articles, Enter to open one.</source>
        <translation>Les articles que la dernière mise à jour du contenu a ajoutés, modifiés et retirés. Appuyez sur Tab pour passer d&apos;un article à l&apos;autre, et sur Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="61"/>
        <source>What&apos;s new: the articles added, changed and removed</source>
        <translation>Nouveautés&#xa0;: les articles ajoutés, modifiés et retirés</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="70"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::ContentStore</name>
    <message>
        <location filename="../app/update/contentstore.cpp" line="132"/>
        <source>cannot copy %1 to %2.</source>
        <translation>impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="144"/>
        <location filename="../app/update/contentstore.cpp" line="260"/>
        <source>cannot write %1 (%2).</source>
        <translation>impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="160"/>
        <location filename="../app/update/contentstore.cpp" line="391"/>
        <location filename="../app/update/contentstore.cpp" line="455"/>
        <source>cannot rename %1 to %2.</source>
        <translation>impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="180"/>
        <source>bundled with Myelin</source>
        <translation>fourni avec Myelin</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="182"/>
        <source>from the file given on the command line</source>
        <translation>issu du fichier indiqué sur la ligne de commande</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>from the update pack %1, installed %2</source>
        <translation>issu du paquet de mise à jour %1, installé le %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="274"/>
        <source>The installed content update cannot be used: its record (%1) is missing or damaged. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>La mise à jour du contenu installée ne peut pas être utilisée&#xa0;: son registre (%1) est absent ou endommagé. Myelin affiche le contenu fourni avec lui&#xa0;; installez de nouveau la mise à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="285"/>
        <source>The installed content update (version %1) is missing from %2. Myelin shows the content it came with.</source>
        <translation>La mise à jour du contenu installée (version %1) est absente de %2. Myelin affiche le contenu fourni avec lui.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="303"/>
        <source>The installed content update (version %1) is damaged: its file %2 has changed. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>La mise à jour du contenu installée (version %1) est endommagée&#xa0;: son fichier %2 a changé. Myelin affiche le contenu fourni avec lui&#xa0;; installez de nouveau la mise à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="312"/>
        <source>The installed content update (version %1) cannot be used. Myelin shows the content it came with. %2</source>
        <translation>La mise à jour du contenu installée (version %1) ne peut pas être utilisée. Myelin affiche le contenu fourni avec lui. %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="332"/>
        <source>the pack was not checked.</source>
        <translation>le paquet n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="336"/>
        <source>cannot make the folder %1.</source>
        <translation>impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="357"/>
        <source>the copy in %1 does not match the pack (is the disk full or failing?).</source>
        <translation>la copie dans %1 ne correspond pas au paquet (le disque est-il plein ou défaillant&#xa0;?).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="438"/>
        <source>there is no content update to go back from.</source>
        <translation>il n&apos;y a aucune mise à jour du contenu à annuler.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="447"/>
        <source>the previous content (%1) is damaged.</source>
        <translation>le contenu précédent (%1) est endommagé.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Manifest</name>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="30"/>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>la liste &quot;%1&quot; est absente.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="35"/>
        <source>the list &quot;%1&quot; is too long.</source>
        <translation>la liste &quot;%1&quot; est trop longue.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="44"/>
        <source>an entry of the list &quot;%1&quot; is not an article (slug, title, reviewed date).</source>
        <translation>un élément de la liste &quot;%1&quot; n&apos;est pas un article (slug, titre, date de révision).</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="122"/>
        <source>its manifest is too large.</source>
        <translation>son manifeste est trop gros.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="128"/>
        <source>its manifest is not valid JSON.</source>
        <translation>son manifeste n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="133"/>
        <source>its manifest is not a Myelin content pack manifest.</source>
        <translation>son manifeste n&apos;est pas un manifeste de paquet de contenu Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="139"/>
        <source>it is a newer kind of content pack (format %1); this Myelin reads format %2. Install a newer Myelin.</source>
        <translation>c&apos;est un type de paquet de contenu plus récent (format %1)&#xa0;; cette version de Myelin lit le format %2. Installez une version plus récente de Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="143"/>
        <source>its manifest has an unknown format version.</source>
        <translation>son manifeste a une version de format inconnue.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="160"/>
        <source>its manifest has an unknown field &quot;%1&quot;.</source>
        <translation>son manifeste a un champ inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="180"/>
        <source>its manifest is incomplete or has a field of the wrong kind.</source>
        <translation>son manifeste est incomplet ou a un champ du mauvais type.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackCheck</name>
    <message>
        <location filename="../app/update/packcheck.cpp" line="66"/>
        <source>The content pack %1 was not accepted: %2</source>
        <translation>Le paquet de contenu %1 n&apos;a pas été accepté&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="73"/>
        <source>the signature checker (libsodium) could not start.</source>
        <translation>le vérificateur de signature (libsodium) n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="76"/>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="91"/>
        <source>its signature file has been changed.</source>
        <translation>son fichier de signature a été modifié.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="92"/>
        <source>its signature is damaged: %1</source>
        <translation>sa signature est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="97"/>
        <source>it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin project, or from a key you chose to trust, can be installed.</source>
        <translation>il est signé avec une clé que cette version de Myelin ne connaît pas (clé %1). Seuls les paquets du projet Myelin, ou signés avec une clé à laquelle vous avez choisi de faire confiance, peuvent être installés.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="102"/>
        <source>it is signed with a key that has been withdrawn (%1). Get a newer pack from the Myelin project.</source>
        <translation>il est signé avec une clé qui a été retirée (%1). Procurez-vous un paquet plus récent auprès du projet Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="107"/>
        <source>its signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>sa signature ne correspond pas à son contenu&#xa0;: il a été modifié ou endommagé après avoir été signé.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="120"/>
        <source>it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). Install a newer Myelin first.</source>
        <translation>il est prévu pour une version plus récente de Myelin (schéma de contenu %1&#xa0;; cette version de Myelin lit le schéma %2). Installez d&apos;abord une version plus récente de Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="124"/>
        <source>it is made for an older Myelin (content schema %1; this Myelin reads schema %2).</source>
        <translation>il est prévu pour une version plus ancienne de Myelin (schéma de contenu %1&#xa0;; cette version de Myelin lit le schéma %2).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="130"/>
        <source>its database is not the one its manifest describes (the sizes differ).</source>
        <translation>sa base de données n&apos;est pas celle que décrit son manifeste (les tailles diffèrent).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="136"/>
        <source>no temporary folder could be made to check it in.</source>
        <translation>aucun dossier temporaire n&apos;a pu être créé pour le vérifier.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="145"/>
        <source>its database is not the one its manifest describes (the hashes differ): it was changed or damaged after it was signed.</source>
        <translation>sa base de données n&apos;est pas celle que décrit son manifeste (les empreintes diffèrent)&#xa0;: elle a été modifiée ou endommagée après la signature.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="149"/>
        <source>its database fails SQLite&apos;s integrity check (%1).</source>
        <translation>sa base de données échoue au contrôle d&apos;intégrité de SQLite (%1).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="160"/>
        <source>its database holds content version &quot;%1&quot;, not %2 as its manifest says.</source>
        <translation>sa base de données contient la version de contenu &quot;%1&quot;, et non %2 comme l&apos;indique son manifeste.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="170"/>
        <source>it holds content version %1, which is the version already in use.</source>
        <translation>il contient la version de contenu %1, qui est déjà celle utilisée.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="172"/>
        <source>it holds content version %1, which is older than the version in use (%2). Choose to go back if you mean to install older content.</source>
        <translation>il contient la version de contenu %1, plus ancienne que la version utilisée (%2). Choisissez de revenir en arrière si vous voulez vraiment installer un contenu plus ancien.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackFile</name>
    <message>
        <location filename="../app/update/packfile.cpp" line="78"/>
        <source>the file is cut short (it ends inside the pack&apos;s list of files).</source>
        <translation>le fichier est tronqué (il s&apos;arrête dans la liste des fichiers du paquet).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="84"/>
        <source>the pack&apos;s entry for %1 is damaged or not where it should be.</source>
        <translation>l&apos;entrée du paquet pour %1 est endommagée ou n&apos;est pas à sa place.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="89"/>
        <source>%1 in the pack has an impossible size.</source>
        <translation>%1 a une taille impossible dans le paquet.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="93"/>
        <location filename="../app/update/packfile.cpp" line="200"/>
        <source>the file is cut short (%1 is incomplete).</source>
        <translation>le fichier est tronqué (%1 est incomplet).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="114"/>
        <location filename="../app/update/packfile.cpp" line="165"/>
        <source>the pack&apos;s entry for %1 is damaged.</source>
        <translation>l&apos;entrée du paquet pour %1 est endommagée.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="131"/>
        <location filename="../app/update/packfile.cpp" line="186"/>
        <source>the file cannot be read.</source>
        <translation>le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="136"/>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="137"/>
        <source>it is not a Myelin content pack (it is too short to be one).</source>
        <translation>ce n&apos;est pas un paquet de contenu Myelin (il est trop court pour en être un).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="143"/>
        <source>it is not a Myelin content pack.</source>
        <translation>ce n&apos;est pas un paquet de contenu Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="170"/>
        <source>the file is cut short (the end of the pack is missing).</source>
        <translation>le fichier est tronqué (la fin du paquet est absente).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="174"/>
        <source>the pack has unexpected bytes after its files.</source>
        <translation>le paquet contient des octets inattendus après ses fichiers.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="190"/>
        <location filename="../app/update/packfile.cpp" line="205"/>
        <location filename="../app/update/packfile.cpp" line="211"/>
        <location filename="../app/update/packfile.cpp" line="229"/>
        <location filename="../app/update/packfile.cpp" line="249"/>
        <source>cannot write %1 (%2).</source>
        <translation>impossible d&apos;écrire %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="224"/>
        <source>cannot read %1 (%2).</source>
        <translation>impossible de lire %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PublicKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="152"/>
        <source>it is not a minisign public key (two lines: a comment and the key).</source>
        <translation>ce n&apos;est pas une clé publique minisign (deux lignes&#xa0;: un commentaire et la clé).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="159"/>
        <source>it is not a minisign public key (the key line is not 56 characters of base64).</source>
        <translation>ce n&apos;est pas une clé publique minisign (la ligne de la clé ne fait pas 56 caractères en base64).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="163"/>
        <source>it is not an Ed25519 minisign public key.</source>
        <translation>ce n&apos;est pas une clé publique minisign Ed25519.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::SecretKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="218"/>
        <source>it is not a minisign secret key file.</source>
        <translation>ce n&apos;est pas un fichier de clé secrète minisign.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="225"/>
        <source>it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and scrypt encryption).</source>
        <translation>elle utilise un algorithme que Myelin ne connaît pas (seuls sont acceptés les clés Ed25519, les sommes de contrôle BLAKE2b et le chiffrement scrypt).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="234"/>
        <source>the key is encrypted and no password was given.</source>
        <translation>la clé est chiffrée et aucun mot de passe n&apos;a été donné.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="241"/>
        <source>the key asks for more memory than a key may need to be decrypted.</source>
        <translation>pour être déchiffrée, la clé demande plus de mémoire qu&apos;une clé n&apos;en a le droit.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="248"/>
        <source>the key could not be decrypted (out of memory).</source>
        <translation>la clé n&apos;a pas pu être déchiffrée (mémoire insuffisante).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="269"/>
        <source>the password is wrong, or the key file is damaged.</source>
        <translation>le mot de passe est incorrect, ou le fichier de clé est endommagé.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="270"/>
        <source>the key file is damaged (its checksum or key pair does not match).</source>
        <translation>le fichier de clé est endommagé (sa somme de contrôle ou sa paire de clés ne correspond pas).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Signature</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="286"/>
        <source>it is not a minisign signature (four lines).</source>
        <translation>ce n&apos;est pas une signature minisign (quatre lignes).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="293"/>
        <source>it is not a minisign signature (its comment lines are wrong).</source>
        <translation>ce n&apos;est pas une signature minisign (ses lignes de commentaire sont incorrectes).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="299"/>
        <source>it is not a minisign Ed25519 signature (a signature line is not valid).</source>
        <translation>ce n&apos;est pas une signature minisign Ed25519 (une ligne de signature n&apos;est pas valide).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::TrustedKeys</name>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="42"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Impossible de lire la clé publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="48"/>
        <source>Cannot use the public key %1: %2</source>
        <translation>Impossible d&apos;utiliser la clé publique %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="51"/>
        <source>%1 (key %2, trusted for this run)</source>
        <translation>%1 (clé %2, reconnue pour cette exécution)</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataErase</name>
    <message>
        <location filename="../app/userdata/userdataerase.cpp" line="53"/>
        <source>Nothing was deleted. %1</source>
        <translation>Rien n&apos;a été supprimé. %1</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataExport</name>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="166"/>
        <source>Cannot read your data file %1: %2</source>
        <translation>Impossible de lire votre fichier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="204"/>
        <location filename="../app/userdata/userdataexport.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataImport</name>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="441"/>
        <source>This file is not a Myelin data export.</source>
        <translation>Ce fichier n&apos;est pas un export de données Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="446"/>
        <source>This file is not a Myelin data export: it has no format version.</source>
        <translation>Ce fichier n&apos;est pas un export de données Myelin&#xa0;: il n&apos;a pas de version de format.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="451"/>
        <source>This file was exported by a newer version of Myelin (format version %1; this Myelin reads version %2). Nothing was imported.</source>
        <translation>Ce fichier a été exporté par une version plus récente de Myelin (version de format %1&#xa0;; cette version de Myelin lit la version %2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="482"/>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="510"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="516"/>
        <source>%1 is too large to be a Myelin data export.</source>
        <translation>%1 est trop gros pour être un export de données Myelin.</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataProblem</name>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="78"/>
        <source>Your disk is full: this change was not saved; what you saved before is kept. Free some space on the disk that holds your data file %1 and try again.</source>
        <translation>Votre disque est plein&#xa0;: ce changement n&apos;a pas été enregistré&#xa0;; ce que vous aviez enregistré avant est conservé. Libérez de la place sur le disque qui contient votre fichier de données %1, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="84"/>
        <source>Your data file %1 cannot be changed (the file or its folder is read-only): this change was not saved; what you saved before is kept.</source>
        <translation>Votre fichier de données %1 ne peut pas être modifié (le fichier ou son dossier est en lecture seule)&#xa0;: ce changement n&apos;a pas été enregistré&#xa0;; ce que vous aviez enregistré avant est conservé.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="90"/>
        <source>The disk could not write your data file %1 (the disk may be failing or was removed): this change was not saved; what you saved before is kept.</source>
        <translation>Le disque n&apos;a pas pu écrire votre fichier de données %1 (le disque est peut-être défaillant, ou il a été retiré)&#xa0;: ce changement n&apos;a pas été enregistré&#xa0;; ce que vous aviez enregistré avant est conservé.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="96"/>
        <source>Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the damaged file aside, unchanged, and start a new one.</source>
        <translation>Votre fichier de données %1 est endommagé&#xa0;: ce changement n&apos;a pas été enregistré. Redémarrez Myelin&#xa0;: il mettra de côté le fichier endommagé, sans le modifier, et en créera un nouveau.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="102"/>
        <source>Your data file %1 is in use by another program (perhaps another Myelin): this change was not saved; what you saved before is kept. Try again in a moment.</source>
        <translation>Votre fichier de données %1 est utilisé par un autre programme (peut-être un autre Myelin)&#xa0;: ce changement n&apos;a pas été enregistré&#xa0;; ce que vous aviez enregistré avant est conservé. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="111"/>
        <source>Cannot save to your data file %1: %2</source>
        <translation>Impossible d&apos;enregistrer dans votre fichier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="119"/>
        <source>it is a link to a file that does not exist</source>
        <translation>c&apos;est un lien vers un fichier qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="124"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="127"/>
        <source>it is not an ordinary file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="130"/>
        <source>Myelin is not allowed to read it</source>
        <translation>Myelin n&apos;a pas le droit de le lire</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDatabase</name>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="271"/>
        <location filename="../app/userdata/userdatabase.cpp" line="276"/>
        <location filename="../app/userdata/userdatabase.cpp" line="288"/>
        <source>Cannot open your data file %1: %2</source>
        <translation>Impossible d&apos;ouvrir votre fichier de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="261"/>
        <source>Your data file %1 was written by a newer version of Myelin; it is left untouched.</source>
        <translation>Votre fichier de données %1 a été écrit par une version plus récente de Myelin&#xa0;; il n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="135"/>
        <source>it is damaged</source>
        <translation>il est endommagé</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="143"/>
        <source>Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, and changes you make now will not be saved.</source>
        <translation>Myelin ne peut pas lire votre fichier de données %1 (%2) et n&apos;a pas pu le mettre de côté. Il est laissé tel quel, et les changements que vous faites maintenant ne seront pas enregistrés.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="151"/>
        <source>Myelin could not read your data file (%2), so it has started a new, empty one.

The old file is kept, unchanged, beside the new one. Keep it if you want help to recover what was in it.

Old file: %3
New file: %1</source>
        <translation>Myelin n&apos;a pas pu lire votre fichier de données (%2)&#xa0;: il en a donc créé un nouveau, vide.

L&apos;ancien fichier est conservé, sans modification, à côté du nouveau. Gardez-le si vous voulez de l&apos;aide pour récupérer ce qu&apos;il contenait.

Ancien fichier&#xa0;: %3
Nouveau fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="248"/>
        <location filename="../app/userdata/userdatabase.cpp" line="292"/>
        <source>Your data file %1 is damaged: %2</source>
        <translation>Votre fichier de données %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="309"/>
        <source>Cannot set up your data file %1: %2</source>
        <translation>Impossible de préparer votre fichier de données %1&#xa0;: %2</translation>
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
        <translation>Contenu %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="52"/>
        <source>Content %1, reviewed up to %2</source>
        <translation>Contenu %1, dernière révision&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="59"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="86"/>
        <source>windows, text, the database connection</source>
        <translation>gérer les fenêtres, le texte et la connexion à la base de données</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>BSD-style and others</source>
        <translation>type BSD et autres</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>shows the articles</source>
        <translation>afficher les articles</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>stores the articles</source>
        <translation>stocker les articles</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="89"/>
        <source>turns the articles&apos; Markdown into pages</source>
        <translation>transformer le Markdown des articles en pages</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="90"/>
        <source>reads the glossary, timeline and quotes</source>
        <translation>lire le glossaire, la chronologie et les citations</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="91"/>
        <source>checks the articles&apos; HTML</source>
        <translation>vérifier le HTML des articles</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="92"/>
        <source>puts the pages of printed handouts together</source>
        <translation>assembler les pages des livrets imprimés</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="93"/>
        <source>checks the signatures of content updates</source>
        <translation>vérifier les signatures des mises à jour du contenu</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="129"/>
        <source>from the file %1</source>
        <translation>issu du fichier %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="130"/>
        <source>bundled with Myelin</source>
        <translation>fourni avec Myelin</translation>
    </message>
</context>
<context>
    <name>Myelin::Web</name>
    <message>
        <location filename="../app/web/sandboxcheck.cpp" line="19"/>
        <source>Myelin cannot run as the administrator (root): the part that shows the articles refuses to, to keep the computer safe. Start Myelin as your usual user.</source>
        <translation>Myelin ne peut pas fonctionner en tant qu&apos;administrateur (root)&#xa0;: la partie qui affiche les articles le refuse, pour protéger l&apos;ordinateur. Lancez Myelin avec votre compte utilisateur habituel.</translation>
    </message>
</context>
<context>
    <name>PdfComposer</name>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="27"/>
        <source>Myelin&apos;s PDF tools (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Les outils PDF de Myelin (%1) ne peuvent pas être chargés : %2. Réinstallez Myelin.</translation>
    </message>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="77"/>
        <source>it is version %1, this Myelin needs version %2</source>
        <translation>ils sont en version %1, ce Myelin a besoin de la version %2</translation>
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
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="357"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="359"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Myelin cannot start</source>
        <translation>Myelin ne peut pas démarrer</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Myelin: an offline reader about multiple sclerosis.</source>
        <translation>Myelin&#xa0;: un lecteur hors ligne sur la sclérose en plaques.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Show the versions of Myelin, its content and Qt.</source>
        <translation>Afficher les versions de Myelin, de son contenu et de Qt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Open the article &lt;slug&gt;.</source>
        <translation>Ouvrir l&apos;article &lt;slug&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Read the content database &lt;file&gt;.</source>
        <translation>Lire la base de données de contenu &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>A content update (.myelinpack) to install.</source>
        <translation>Une mise à jour du contenu (.myelinpack) à installer.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="108"/>
        <source>Content not changed</source>
        <translation>Contenu non modifié</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="49"/>
        <source>The content database %1 holds no articles.</source>
        <translation>La base de données de contenu %1 ne contient aucun article.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="51"/>
        <source>The content database %1 holds %2 articles but no first page (every article has a parent). Install the content again.</source>
        <translation>La base de données de contenu %1 contient %2 articles mais aucune première page (chaque article a un parent). Installez de nouveau le contenu.</translation>
    </message>
</context>
</TS>
