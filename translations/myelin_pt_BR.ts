<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Engine</name>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="28"/>
        <source>Myelin&apos;s article viewer (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Não é possível carregar o visualizador de artigos do Myelin (%1): %2. Instale o Myelin novamente.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="40"/>
        <source>the file is missing</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="43"/>
        <source>it is not a file this user can read</source>
        <translation>não é um arquivo que este usuário possa ler</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/engine.cpp" line="68"/>
        <source>it is from Myelin %1, this is %2</source>
        <translation>ele é do Myelin %1, este é o %2</translation>
    </message>
</context>
<context>
    <name>Myelin::ArticleRenderer</name>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="69"/>
        <source>Strong evidence</source>
        <translation>Evidências fortes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="72"/>
        <source>Emerging evidence</source>
        <translation>Evidências emergentes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="75"/>
        <source>Mixed evidence</source>
        <translation>Evidências divergentes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="78"/>
        <source>Not supported by good studies</source>
        <translation>Não confirmado por bons estudos</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="81"/>
        <source>Not properly tested</source>
        <translation>Não testado adequadamente</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="89"/>
        <source>Many good studies agree on the main points of this article.</source>
        <translation>Muitos estudos de boa qualidade concordam com os pontos principais deste artigo.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="92"/>
        <source>Early or growing evidence supports the main points; more research is under way.</source>
        <translation>Evidências iniciais ou crescentes apoiam os pontos principais; há mais pesquisas em andamento.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="95"/>
        <source>Good studies disagree about some of the main points of this article.</source>
        <translation>Estudos de boa qualidade discordam sobre alguns dos pontos principais deste artigo.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="98"/>
        <source>The idea in this article was tested in good studies, and they did not support it.</source>
        <translation>A ideia deste artigo foi testada em estudos de boa qualidade, e eles não a confirmaram.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="101"/>
        <source>The idea in this article has not been tested in proper trials.</source>
        <translation>A ideia deste artigo não foi testada em ensaios clínicos adequados.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="108"/>
        <source>This article is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Este artigo traz informações, não orientação médica. Converse com a equipe que cuida da sua EM ou com seu médico antes de mudar seu tratamento, sua alimentação ou seus cuidados.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="114"/>
        <source>en</source>
        <comment>The language of this translation as a web page&apos;s lang attribute (BCP 47): de, fr, pt-BR, ar</comment>
        <translation>pt-BR</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="140"/>
        <source>Translated from the English version of %1.</source>
        <translation>Traduzido da versão em inglês de %1.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="142"/>
        <source>The English version has changed since (%1), so this translation may be out of date.</source>
        <translation>A versão em inglês mudou desde então (%1), então esta tradução pode estar desatualizada.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="146"/>
        <location filename="../app/core/articlerenderer.cpp" line="290"/>
        <location filename="../app/core/articlerenderer.cpp" line="365"/>
        <source>Read it in English</source>
        <translation>Ler em inglês</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="148"/>
        <source>This page is not translated into %1 yet, so it is shown in English.</source>
        <translation>Esta página ainda não foi traduzida para %1, então é mostrada em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="152"/>
        <source>You are reading the English original.</source>
        <translation>Você está lendo o original em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="154"/>
        <source>Read it in %1</source>
        <translation>Ler em %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="242"/>
        <location filename="../app/core/articlerenderer.cpp" line="244"/>
        <source>In short:</source>
        <translation>Em resumo:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="255"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="263"/>
        <source>Last reviewed: %1</source>
        <translation>Última revisão: %1</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Feedback</source>
        <translation>Sua opinião</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="272"/>
        <source>Was this useful?</source>
        <translation>Isto foi útil?</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="273"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="274"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="275"/>
        <source>Send feedback</source>
        <translation>Enviar comentário</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="292"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="298"/>
        <source>Read more:</source>
        <translation>Leia mais:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="302"/>
        <source>See also:</source>
        <translation>Veja também:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="319"/>
        <source>Research</source>
        <translation>Pesquisa</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="322"/>
        <source>Trials</source>
        <translation>Ensaios clínicos</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="325"/>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="328"/>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="331"/>
        <source>Policy</source>
        <translation>Políticas públicas</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="334"/>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="342"/>
        <location filename="../app/core/articlerenderer.cpp" line="393"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Filter by topic</source>
        <translation>Filtrar por tema</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="346"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="349"/>
        <source>All topics</source>
        <translation>Todos os temas</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="360"/>
        <source>The timeline is not translated into %1 yet, so it is shown in English.</source>
        <translation>A linha do tempo ainda não foi traduzida para %1, então é mostrada em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="361"/>
        <source>Some events are not translated into %1 yet and are shown in English.</source>
        <translation>Alguns eventos ainda não foram traduzidos para %1 e são mostrados em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="383"/>
        <source>Read the article</source>
        <translation>Ler o artigo</translation>
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
        <translation>Nenhum evento sobre este tema.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="401"/>
        <location filename="../app/core/articlerenderer.cpp" line="427"/>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="404"/>
        <source>Each quote is given word for word, with who said it, when, and where it was published.</source>
        <translation>Cada citação é reproduzida palavra por palavra, com quem a disse, quando e onde foi publicada.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="405"/>
        <source>Each quote is given in our translation, then word for word as it was said, with who said it, when, and where it was published.</source>
        <translation>Cada citação aparece na nossa tradução e depois palavra por palavra, como foi dita, com quem a disse, quando e onde foi publicada.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="409"/>
        <source>The quotes are not translated into %1 yet, so they are shown in English.</source>
        <translation>As citações ainda não foram traduzidas para %1, então são mostradas em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="410"/>
        <source>Some quotes are not translated into %1 yet and are shown in English.</source>
        <translation>Algumas citações ainda não foram traduzidas para %1 e são mostradas em inglês.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="419"/>
        <source>As said, in English:</source>
        <translation>Como foi dita, em inglês:</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Article not found</source>
        <translation>Artigo não encontrado</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="432"/>
        <source>Term not found</source>
        <translation>Termo não encontrado</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="438"/>
        <source>There is no glossary term called &quot;%1&quot; in this collection.</source>
        <translation>Não há nenhum termo do glossário chamado &quot;%1&quot; nesta coleção.</translation>
    </message>
    <message>
        <location filename="../app/core/articlerenderer.cpp" line="439"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Não há nenhum artigo chamado &quot;%1&quot; nesta coleção.</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="63"/>
        <source>Run &quot;myelin export --help&quot; to see how to use it.</source>
        <translation>Execute &quot;myelin export --help&quot; para ver como usar o comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="72"/>
        <source>cannot write %1: it is a folder; give a file name</source>
        <translation>não é possível gravar %1: é uma pasta; informe um nome de arquivo</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="76"/>
        <source>cannot write %1: the folder %2 does not exist</source>
        <translation>não é possível gravar %1: a pasta %2 não existe</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="81"/>
        <location filename="../app/cli/exportcommand.cpp" line="114"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
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
        <translation>Uso: myelin export [opções] &lt;artigo&gt;...
     myelin export --handout &lt;folheto.json&gt; --pdf &lt;arquivo&gt;

Salva artigos ou um folheto como arquivos, sem abrir nenhuma janela.
Os artigos são indicados pelo nome usado nos endereços do leitor, por exemplo
&quot;what-is-ms&quot;.

Opções:
  --pdf &lt;arquivo&gt;      Salva um PDF: os artigos um após o outro, ou o folheto.
  --html &lt;arquivo&gt;     Salva um artigo como uma página da web que não precisa de
                       mais nada.
  --text &lt;arquivo&gt;     Salva um artigo como texto simples.
  --handout &lt;arquivo&gt;  Cria o folheto salvo neste arquivo por &quot;Criar folheto&quot;.
  --paper &lt;tamanho&gt;    A4 ou Letter (padrão: %1). Um arquivo de folheto define o
                       seu próprio.
  --text-size &lt;pontos&gt; Tamanho do texto dos artigos, de %2 a %3 (padrão: %4).
  --content &lt;arquivo&gt;  Lê o banco de dados de conteúdo &lt;arquivo&gt; (padrão: o
                       conteúdo que o leitor mostra, incluindo uma atualização
                       instalada).
  -h, --help           Mostra esta ajuda.

Exemplos:
  myelin export --pdf fatigue.pdf fatigue
  myelin export --pdf pack.pdf what-is-ms symptoms fatigue
  myelin export --handout welcome.json --pdf welcome.pdf

Código de saída: 0 quando os arquivos foram salvos, 1 quando há um problema com
um artigo, com o arquivo de folheto ou com o arquivo de saída (a mensagem diz
qual), 2 quando a linha de comando está errada.
</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="197"/>
        <source>say what to save: --pdf &lt;file&gt;, --html &lt;file&gt; or --text &lt;file&gt;</source>
        <translation>diga o que salvar: --pdf &lt;arquivo&gt;, --html &lt;arquivo&gt; ou --text &lt;arquivo&gt;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="200"/>
        <source>a handout is saved with --pdf only, and its articles come from the handout file</source>
        <translation>um folheto só é salvo com --pdf, e seus artigos vêm do arquivo de folheto</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="203"/>
        <source>name at least one article, for example: myelin export --pdf fatigue.pdf fatigue</source>
        <translation>indique pelo menos um artigo, por exemplo: myelin export --pdf fatigue.pdf fatigue</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="206"/>
        <source>--html and --text save one article at a time; %1 were named</source>
        <translation>--html e --text salvam um artigo por vez; foram indicados %1</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="210"/>
        <source>--%1 needs a file name, not an empty one</source>
        <translation>--%1 precisa de um nome de arquivo, e ele não pode estar vazio</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="218"/>
        <source>--paper must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--paper deve ser A4 ou Letter, não &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="226"/>
        <source>--text-size must be a whole number from %1 to %2, not &quot;%3&quot;</source>
        <translation>--text-size deve ser um número inteiro de %1 a %2, não &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="259"/>
        <source> (listed in the handout file %1)</source>
        <translation> (listado no arquivo de folheto %1)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="260"/>
        <source>there is no article called &quot;%1&quot;%2. Article names look like &quot;what-is-ms&quot;: lower-case words joined by hyphens.</source>
        <translation>não há nenhum artigo chamado &quot;%1&quot;%2. Os nomes de artigos têm esta forma: &quot;what-is-ms&quot;, palavras em letras minúsculas unidas por hifens.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="285"/>
        <source>cannot write %1: it is %2, which is being read; choose another file name</source>
        <translation>não é possível gravar %1: é %2, que está sendo lido; escolha outro nome de arquivo</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="291"/>
        <source>cannot write two files as %1; give each its own name</source>
        <translation>não é possível gravar dois arquivos como %1; dê um nome próprio a cada um</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="319"/>
        <location filename="../app/cli/exportcommand.cpp" line="326"/>
        <source>Saved %1.</source>
        <translation>Arquivo %1 salvo.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="348"/>
        <source>the PDF %1 could not be made: %2</source>
        <translation>não foi possível criar o PDF %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="349"/>
        <source>printing stopped unexpectedly</source>
        <translation>a impressão parou inesperadamente</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="355"/>
        <source>Saved %1 (%2).</source>
        <translation>Arquivo %1 salvo (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Cli::UpdateCommand</name>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="49"/>
        <source>Checks or installs a Myelin content pack (.myelinpack) without opening a window.
Exit codes: 0 the pack is accepted (and installed, with --install), 1 it is refused or could not be installed, 2 a wrong command line.</source>
        <translation>Verifica ou instala um pacote de conteúdo do Myelin (.myelinpack) sem abrir nenhuma janela.
Códigos de saída: 0 o pacote foi aceito (e instalado, com --install), 1 ele foi recusado ou não pôde ser instalado, 2 a linha de comando está errada.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="53"/>
        <source>Check &lt;file&gt; and print its manifest; change nothing.</source>
        <translation>Verifica &lt;file&gt; e mostra o manifesto; não altera nada.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="56"/>
        <source>Check &lt;file&gt; and install it as the content Myelin shows.</source>
        <translation>Verifica &lt;file&gt; e o instala como o conteúdo que o Myelin mostra.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="59"/>
        <source>Also trust the minisign public key in &lt;pubfile&gt; for this run (the built-in keys stay trusted).</source>
        <translation>Confia também na chave pública minisign em &lt;pubfile&gt; durante esta execução (as chaves embutidas continuam confiáveis).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="63"/>
        <source>Accept a pack older than, or the same as, the content in use.</source>
        <translation>Aceita um pacote mais antigo que o conteúdo em uso, ou igual a ele.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="78"/>
        <source>myelin update: give one of --check &lt;file&gt; or --install &lt;file&gt;.</source>
        <translation>myelin update: use --check &lt;file&gt; ou --install &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="79"/>
        <source>Run &quot;myelin update --help&quot; to see how to use it.</source>
        <translation>Execute &quot;myelin update --help&quot; para ver como usar o comando.</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="117"/>
        <source>%1 is a valid content pack (checked in %2 ms).</source>
        <translation>%1 é um pacote de conteúdo válido (verificado em %2 ms).</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="118"/>
        <source>  Content:   %1, version %2, reviewed up to %3</source>
        <translation>  Conteúdo:       %1, versão %2, revisado até %3</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Schema:    %1</source>
        <translation>  Esquema:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="120"/>
        <source>  Made:      %1</source>
        <translation>  Criado em:      %1</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="121"/>
        <source>  Signed by: %1 (key %2)</source>
        <translation>  Assinado por:   %1 (chave %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="122"/>
        <source>  Database:  %1 bytes, BLAKE2b-512 %2</source>
        <translation>  Banco de dados: %1 bytes, BLAKE2b-512 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="126"/>
        <source>  Articles:  %1 (the pack lists every article)</source>
        <translation>  Artigos:        %1 (o pacote lista todos os artigos)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="127"/>
        <source>  Changes since %1: %2 new, %3 changed, %4 removed</source>
        <translation>  Mudanças desde %1: %2 novos, %3 alterados, %4 removidos</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="141"/>
        <source>  In use:    %1 (%2)</source>
        <translation>  Em uso:         %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="142"/>
        <source>no readable content</source>
        <translation>nenhum conteúdo legível</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="151"/>
        <source>myelin update: the content pack %1 was not installed: %2</source>
        <translation>myelin update: o pacote de conteúdo %1 não foi instalado: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/updatecommand.cpp" line="155"/>
        <source>Installed content %1 in %2 (%3 ms). Myelin shows it from its next start; the previous content is kept, and File &gt; Go Back to Previous Content returns to it.</source>
        <translation>Conteúdo %1 instalado em %2 (%3 ms). O Myelin vai mostrá-lo a partir da próxima vez que for aberto; o conteúdo anterior fica guardado, e Arquivo &gt; Voltar ao conteúdo anterior volta para ele.</translation>
    </message>
</context>
<context>
    <name>Myelin::ComfortProfile</name>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="13"/>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="18"/>
        <source>Tired eyes</source>
        <translation>Olhos cansados</translation>
    </message>
    <message>
        <location filename="../app/core/comfortprofile.cpp" line="27"/>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
</context>
<context>
    <name>Myelin::ContentDatabase</name>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="67"/>
        <source>Cannot open the content database %1: %2</source>
        <translation>Não é possível abrir o banco de dados de conteúdo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="73"/>
        <source>the file does not exist.</source>
        <translation>o arquivo não existe.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="76"/>
        <source>the file cannot be read.</source>
        <translation>o arquivo não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="79"/>
        <source>the file is empty.</source>
        <translation>o arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="94"/>
        <source>it is not a Myelin content database (%1).</source>
        <translation>não é um banco de dados de conteúdo do Myelin (%1).</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="98"/>
        <source>it has schema version %1, but this version of Myelin reads version %2. Install matching content or a matching Myelin.</source>
        <translation>ele tem a versão de esquema %1, mas esta versão do Myelin lê a versão %2. Instale um conteúdo compatível ou um Myelin compatível.</translation>
    </message>
    <message>
        <location filename="../app/core/contentdatabase.cpp" line="111"/>
        <source>its search index cannot be read (%1). Is SQLite built with FTS5?</source>
        <translation>o índice de pesquisa não pode ser lido (%1). O SQLite foi compilado com FTS5?</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::ExportText</name>
    <message>
        <location filename="../app/export/exportformat.cpp" line="42"/>
        <source>Reviewed %1</source>
        <translation>Revisado em %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="47"/>
        <source>Printed %1</source>
        <translation>Impresso em %1</translation>
    </message>
    <message>
        <location filename="../app/export/exportformat.cpp" line="52"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/export/exportformat.cpp" line="57"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Export::Handout</name>
    <message>
        <location filename="../app/export/handout.cpp" line="42"/>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="84"/>
        <source>it is not valid JSON (%1 at %2)</source>
        <translation>não é um JSON válido (%1 em %2)</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="87"/>
        <source>it must hold one JSON object { ... }</source>
        <translation>ele deve conter um único objeto JSON { ... }</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="94"/>
        <source>&quot;%1&quot; must be a number</source>
        <translation>&quot;%1&quot; deve ser um número</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="97"/>
        <source>it was made by a newer version of Myelin (handout format %1); this version reads format %2</source>
        <translation>foi criado por uma versão mais nova do Myelin (formato de folheto %1); esta versão lê o formato %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="118"/>
        <source>&quot;%1&quot; must be text in quotes</source>
        <translation>&quot;%1&quot; deve ser um texto entre aspas</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="124"/>
        <source>it has no &quot;%1&quot; list</source>
        <translation>não tem a lista &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="127"/>
        <source>&quot;%1&quot; must be a list of article names, like [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</source>
        <translation>&quot;%1&quot; deve ser uma lista de nomes de artigos, como [&quot;what-is-ms&quot;, &quot;fatigue&quot;]</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="133"/>
        <source>&quot;%1&quot; lists %2 articles; a handout holds at most %3</source>
        <translation>&quot;%1&quot; lista %2 artigos; um folheto pode ter no máximo %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="141"/>
        <source>entry %1 of &quot;%2&quot; must be an article name in quotes</source>
        <translation>o item %1 de &quot;%2&quot; deve ser um nome de artigo entre aspas</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="146"/>
        <source>it lists no articles: add at least one article name to &quot;%1&quot;</source>
        <translation>não lista nenhum artigo: adicione pelo menos um nome de artigo a &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="157"/>
        <location filename="../app/export/handout.cpp" line="175"/>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; deve ser true ou false</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="167"/>
        <source>&quot;%1&quot; must be a whole number of points from %2 to %3</source>
        <translation>&quot;%1&quot; deve ser um número inteiro de pontos, de %2 a %3</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="183"/>
        <source>&quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;</source>
        <translation>&quot;%1&quot; deve ser &quot;A4&quot; ou &quot;Letter&quot;</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="195"/>
        <source>Cannot save the handout file %1: %2</source>
        <translation>Não é possível salvar o arquivo de folheto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="212"/>
        <source>The handout file %1 does not exist.</source>
        <translation>O arquivo de folheto %1 não existe.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="215"/>
        <source>The handout file %1 is a folder, not a file.</source>
        <translation>O arquivo de folheto %1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="220"/>
        <source>The handout file %1 is not a regular file (a device, pipe or socket).</source>
        <translation>O arquivo de folheto %1 não é um arquivo comum (é um dispositivo, pipe ou socket).</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="224"/>
        <source>Cannot read the handout file %1: %2</source>
        <translation>Não é possível ler o arquivo de folheto %1: %2</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="228"/>
        <source>The handout file %1 is too large (over %2 KiB) to be a handout file.</source>
        <translation>O arquivo de folheto %1 é grande demais (mais de %2 KiB) para ser um arquivo de folheto.</translation>
    </message>
    <message>
        <location filename="../app/export/handout.cpp" line="235"/>
        <source>The handout file %1 cannot be used: %2.</source>
        <translation>O arquivo de folheto %1 não pode ser usado: %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::HtmlText</name>
    <message>
        <location filename="../app/export/htmltext.cpp" line="229"/>
        <location filename="../app/export/htmltext.cpp" line="237"/>
        <source>[Picture: %1]</source>
        <translation>[Imagem: %1]</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PlainTextExport</name>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="19"/>
        <source>Evidence: %1. %2</source>
        <translation>Evidências: %1. %2</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="23"/>
        <source>In short: %1</source>
        <translation>Em resumo: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="33"/>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="44"/>
        <source>Last reviewed: %1</source>
        <translation>Última revisão: %1</translation>
    </message>
    <message>
        <location filename="../app/export/plaintextexport.cpp" line="46"/>
        <source>From %1, exported on %2.</source>
        <translation>De %1, exportado em %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::PrintHtml</name>
    <message>
        <location filename="../app/export/printhtml.cpp" line="91"/>
        <location filename="../app/export/printhtml.cpp" line="100"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="93"/>
        <source>The medical words used in this handout, from A to Z.</source>
        <translation>As palavras médicas usadas neste folheto, de A a Z.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="105"/>
        <source>Information about MS</source>
        <translation>Informações sobre a EM</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="113"/>
        <source>Information handout</source>
        <translation>Folheto informativo</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="119"/>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="123"/>
        <source>Printed on %1. Each article says when it was last reviewed. Medical knowledge changes, so ask your group for the latest version.</source>
        <translation>Impresso em %1. Cada artigo informa quando foi revisado pela última vez. O conhecimento médico muda; por isso, peça ao seu grupo a versão mais recente.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="127"/>
        <source>This handout is information, not medical advice. Talk to your MS team or doctor before you change your treatment, diet or care.</source>
        <translation>Este folheto traz informações, não orientação médica. Converse com a equipe que cuida da sua EM ou com seu médico antes de mudar seu tratamento, sua alimentação ou seus cuidados.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="130"/>
        <source>Made with %1, a free offline reader about multiple sclerosis, from %2.</source>
        <translation>Feito com o %1, um leitor gratuito e offline sobre esclerose múltipla, com base em %2.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="131"/>
        <source>its knowledge base</source>
        <translation>sua base de conhecimento</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="138"/>
        <location filename="../app/export/printhtml.cpp" line="147"/>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="140"/>
        <source>Each part starts on a new page. Every page has its number at the bottom.</source>
        <translation>Cada parte começa em uma nova página. Cada página tem o seu número no rodapé.</translation>
    </message>
    <message>
        <location filename="../app/export/printhtml.cpp" line="144"/>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::QuestionSheet</name>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="11"/>
        <source>Questions for my next appointment</source>
        <translation>Perguntas para minha próxima consulta</translation>
    </message>
    <message>
        <location filename="../app/export/questionsheet.cpp" line="43"/>
        <source>Space for the answer</source>
        <translation>Espaço para a resposta</translation>
    </message>
</context>
<context>
    <name>Myelin::Export::SelfContainedHtml</name>
    <message>
        <location filename="../app/export/selfcontainedhtml.cpp" line="287"/>
        <source>From %1, saved on %2.</source>
        <translation>De %1, salvo em %2.</translation>
    </message>
</context>
<context>
    <name>Myelin::ReadableDate</name>
    <message>
        <location filename="../app/core/readabledate.cpp" line="18"/>
        <source>MMMM yyyy</source>
        <comment>The format of a month and year (QLocale)</comment>
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../app/core/readabledate.cpp" line="29"/>
        <source>d MMMM yyyy</source>
        <comment>The format of a full date (QLocale): day, month name, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
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
        <translation>Amplo</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="45"/>
        <location filename="../app/core/readingstyle.cpp" line="55"/>
        <location filename="../app/core/readingstyle.cpp" line="65"/>
        <source>Extra wide</source>
        <translation>Muito amplo</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="73"/>
        <source>Short lines</source>
        <translation>Linhas curtas</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="74"/>
        <source>Medium lines</source>
        <translation>Linhas médias</translation>
    </message>
    <message>
        <location filename="../app/core/readingstyle.cpp" line="75"/>
        <source>Long lines</source>
        <translation>Linhas longas</translation>
    </message>
</context>
<context>
    <name>Myelin::Schema</name>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="72"/>
        <location filename="../app/core/schemacheck.cpp" line="80"/>
        <location filename="../app/core/schemacheck.cpp" line="92"/>
        <source>the file is damaged (%1). Install the content again.</source>
        <translation>o arquivo está danificado (%1). Instale o conteúdo novamente.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="86"/>
        <source>it holds no tables: it is not a Myelin content database.</source>
        <translation>ele não contém tabelas: não é um banco de dados de conteúdo do Myelin.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="87"/>
        <source>the table &quot;%1&quot; is missing.</source>
        <translation>a tabela &quot;%1&quot; está faltando.</translation>
    </message>
    <message>
        <location filename="../app/core/schemacheck.cpp" line="98"/>
        <source>the table &quot;%1&quot; has no column &quot;%2&quot;: it was made for another version of Myelin, or it is damaged.</source>
        <translation>a tabela &quot;%1&quot; não tem a coluna &quot;%2&quot;: ela foi criada para outra versão do Myelin ou está danificada.</translation>
    </message>
</context>
<context>
    <name>Myelin::SearchEngine</name>
    <message>
        <location filename="../app/core/searchengine.cpp" line="630"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="632"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/core/searchengine.cpp" line="636"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
</context>
<context>
    <name>Myelin::Settings</name>
    <message>
        <location filename="../app/userdata/settings.cpp" line="541"/>
        <source>Your settings file %1 was made by a newer Myelin or cannot be read, so Myelin leaves it as it is. Changes you make now last until you close Myelin.</source>
        <translation>Seu arquivo de configurações %1 foi criado por um Myelin mais novo ou não pode ser lido; por isso, o Myelin não vai alterá-lo. As mudanças que você fizer agora só valem até você fechar o Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/settings.cpp" line="550"/>
        <source>Your settings could not be saved in %1: the folder may be read-only or the disk full. Myelin keeps working, but changes you make now last only until you close it.</source>
        <translation>Não foi possível salvar suas configurações em %1: a pasta pode ser somente leitura ou o disco pode estar cheio. O Myelin continua funcionando, mas as mudanças que você fizer agora só valem até você fechá-lo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Theme</name>
    <message>
        <location filename="../app/core/theme.cpp" line="12"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="14"/>
        <source>Cream</source>
        <translation>Creme</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="16"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../app/core/theme.cpp" line="18"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AboutDialog</name>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="53"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="54"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="64"/>
        <source>About Myelin</source>
        <translation>Sobre o Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="56"/>
        <source>The versions of Myelin and its content, the licences, and where to report a problem.</source>
        <translation>As versões do Myelin e do conteúdo, as licenças e onde relatar um problema.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="76"/>
        <source>Myelin icon</source>
        <translation>Ícone do Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="78"/>
        <source>Myelin %1</source>
        <translation>Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="84"/>
        <source>An offline reader about multiple sclerosis. It sends nothing anywhere.</source>
        <translation>Um leitor offline sobre esclerose múltipla. Ele não envia nada para lugar nenhum.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="89"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="92"/>
        <source>The same lines as the command myelin --version prints.</source>
        <translation>As mesmas linhas que o comando myelin --version mostra.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="95"/>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="96"/>
        <source>Myelin is free software: you may share and change it under the GNU General Public License, version 3 or any later version (%1). The articles, glossary, timeline, quotes and images are shared under Creative Commons Attribution 4.0 (%2). Myelin gives information, not medical advice.</source>
        <translation>O Myelin é software livre: você pode compartilhá-lo e modificá-lo nos termos da GNU General Public License (Licença Pública Geral GNU), versão 3 ou qualquer versão posterior (%1). Os artigos, o glossário, a linha do tempo, as citações e as imagens são compartilhados sob a licença Creative Commons Atribuição 4.0 (%2). O Myelin oferece informações, não orientação médica.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="106"/>
        <source>Built with</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="109"/>
        <source>Components Myelin is built with, and their licences</source>
        <translation>Componentes com que o Myelin é feito e suas licenças</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="110"/>
        <source>Other people&apos;s work that Myelin uses, and the licence of each.</source>
        <translation>Trabalhos de outras pessoas que o Myelin usa, e a licença de cada um.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="114"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="119"/>
        <source>Used for: %1</source>
        <translation>Usado para: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="124"/>
        <source>%1, licence %2, used for %3</source>
        <translation>%1, licença %2, usado para %3</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="135"/>
        <source>Report a problem</source>
        <translation>Relatar um problema</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="136"/>
        <source>Tell us what went wrong, or what is hard to read, on the project&apos;s issue tracker. Copy this address into your web browser:</source>
        <translation>Conte o que deu errado, ou o que está difícil de ler, na página de relatos de problemas do projeto. Copie este endereço no seu navegador:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="144"/>
        <source>Issue tracker address</source>
        <translation>Endereço para relatar problemas</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="145"/>
        <source>The web address where you can report a problem.</source>
        <translation>O endereço na web onde você pode relatar um problema.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="147"/>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar endereço</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="150"/>
        <source>Copy the issue tracker address</source>
        <translation>Copiar o endereço para relatar problemas</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="151"/>
        <source>Copy the address, then paste it into your web browser.</source>
        <translation>Copie o endereço e cole-o no seu navegador.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="162"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="163"/>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="179"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="180"/>
        <source>The address is copied.</source>
        <translation>O endereço foi copiado.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="185"/>
        <source>&amp;About Myelin</source>
        <translation>&amp;Sobre o Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/aboutdialog.cpp" line="188"/>
        <source>Show the version, licences and where to report a problem</source>
        <translation>Mostrar a versão, as licenças e onde relatar um problema</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::AppStyle</name>
    <message>
        <location filename="../app/ui/shell/appstyle.cpp" line="60"/>
        <source>Clear the text</source>
        <translation>Limpar o texto</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ArticleView</name>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="35"/>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="36"/>
        <source>The text of the open article</source>
        <translation>O texto do artigo aberto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="99"/>
        <source>Article menu</source>
        <translation>Menu do artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/articleview.cpp" line="101"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BookmarksController</name>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="32"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Bookmark This Page</source>
        <translation>Favoritar esta página</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show Bookmarks</source>
        <translation>Mostrar favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="33"/>
        <source>Show History</source>
        <translation>Mostrar histórico</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="34"/>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="41"/>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="42"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="49"/>
        <source>Show your bookmarks beside the article</source>
        <translation>Mostrar seus favoritos ao lado do artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="56"/>
        <source>Show the pages you read, by day</source>
        <translation>Mostrar as páginas que você leu, por dia</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="73"/>
        <source>Back where you left off in this article.</source>
        <translation>De volta ao ponto onde você parou neste artigo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="74"/>
        <source>Back where you left off, at “%1”.</source>
        <translation>De volta ao ponto onde você parou, em “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="194"/>
        <source>Remove Bookmark</source>
        <translation>Remover dos favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmarked</source>
        <translation>Nos favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="195"/>
        <source>Bookmark</source>
        <translation>Favoritar</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <source>Remove bookmark</source>
        <translation>Remover dos favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="196"/>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmark this page</source>
        <translation>Favoritar esta página</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="197"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="198"/>
        <source>This page is bookmarked. Press %1 to remove the bookmark.</source>
        <translation>Esta página está nos favoritos. Pressione %1 para removê-la dos favoritos.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="199"/>
        <source>Keep this page in your bookmarks</source>
        <translation>Guardar esta página nos seus favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="203"/>
        <source>Bookmarked: Remove bookmark</source>
        <translation>Nos favoritos: remover dos favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="221"/>
        <source>The bookmark could not be removed.</source>
        <translation>Não foi possível remover o favorito.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="229"/>
        <source>Bookmark removed. Press %1 to put it back.</source>
        <translation>Favorito removido. Pressione %1 para colocá-lo de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="234"/>
        <source>Bookmarked again: “%1”.</source>
        <translation>De volta aos favoritos: “%1”.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="242"/>
        <source>Bookmarked “%1”. Your bookmarks are in the Bookmarks pane (%2).</source>
        <translation>“%1” foi adicionado aos favoritos. Seus favoritos ficam no painel Favoritos (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="246"/>
        <source>The bookmark could not be saved.</source>
        <translation>Não foi possível salvar o favorito.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="255"/>
        <source>“%1” is no longer in the library: a content update renamed or removed it. Your saved entry is kept.</source>
        <translation>“%1” não está mais na biblioteca: uma atualização de conteúdo renomeou ou removeu esta página. O item que você salvou foi mantido.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="280"/>
        <source>Your Bookmarks</source>
        <translation>Seus favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="285"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (não está mais na biblioteca)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkscontroller.cpp" line="295"/>
        <source>(empty)</source>
        <translation>(vazia)</translation>
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
        <translation>Mover para a pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="39"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="50"/>
        <source>Bookmarks</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="40"/>
        <source>No bookmarks yet. Press Ctrl+D or the Bookmark button in the toolbar to keep the page you are reading here.</source>
        <translation>Ainda não há favoritos. Pressione Ctrl+D ou o botão Favoritar na barra de ferramentas para guardar aqui a página que você está lendo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="52"/>
        <source>Your bookmarks and folders. Enter opens, F2 renames, Delete deletes, Control with Up or Down moves.</source>
        <translation>Seus favoritos e pastas. Enter abre, F2 renomeia, Delete exclui, Ctrl com a seta para cima ou para baixo move.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="72"/>
        <source>Open the chosen bookmark</source>
        <translation>Abrir o favorito escolhido</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="73"/>
        <source>Rename the chosen bookmark or folder</source>
        <translation>Renomear o favorito ou a pasta escolhida</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="75"/>
        <source>Delete the chosen bookmark or folder (you can undo it)</source>
        <translation>Excluir o favorito ou a pasta escolhida (você pode desfazer)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="77"/>
        <source>Move the chosen bookmark or folder up</source>
        <translation>Mover para cima o favorito ou a pasta escolhida</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="79"/>
        <source>Move the chosen bookmark or folder down</source>
        <translation>Mover para baixo o favorito ou a pasta escolhida</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Move to…</source>
        <translation>Mover para…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="81"/>
        <source>Put the chosen bookmark in another folder</source>
        <translation>Colocar o favorito escolhido em outra pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="409"/>
        <source>New Folder…</source>
        <translation>Nova pasta…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="82"/>
        <source>Make a folder for bookmarks</source>
        <translation>Criar uma pasta para favoritos</translation>
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
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="148"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (não está mais na biblioteca)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="157"/>
        <source>%1: a content update renamed or removed this page. Your bookmark is kept.</source>
        <translation>%1: uma atualização de conteúdo renomeou ou removeu esta página. Seu favorito foi mantido.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="158"/>
        <source>%1. Press Enter to open.</source>
        <translation>%1. Pressione Enter para abrir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="175"/>
        <source>Folder %1, %n bookmark(s)</source>
        <translation>
            <numerusform>Pasta %1, %n favorito</numerusform>
            <numerusform>Pasta %1, %n favoritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Folder</source>
        <translation>Renomear pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="275"/>
        <source>Rename Bookmark</source>
        <translation>Renomear favorito</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the folder:</source>
        <translation>Novo nome da pasta:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="276"/>
        <source>New name for the bookmark:</source>
        <translation>Novo nome do favorito:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="279"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="288"/>
        <source>The new name could not be saved.</source>
        <translation>Não foi possível salvar o novo nome.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="309"/>
        <source>Deleted the folder “%1”.</source>
        <translation>A pasta “%1” foi excluída.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="310"/>
        <source>Deleted the folder “%1” and the %n bookmark(s) in it.</source>
        <translation>
            <numerusform>A pasta “%1” e o %n favorito dentro dela foram excluídos.</numerusform>
            <numerusform>A pasta “%1” e os %n favoritos dentro dela foram excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="314"/>
        <source>The folder could not be deleted.</source>
        <translation>Não foi possível excluir a pasta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="318"/>
        <source>Deleted the bookmark “%1”.</source>
        <translation>O favorito “%1” foi excluído.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="320"/>
        <source>The bookmark could not be deleted.</source>
        <translation>Não foi possível excluir o favorito.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="337"/>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="347"/>
        <source>The bookmark “%1” is back.</source>
        <translation>O favorito “%1” está de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="353"/>
        <source>The folder “%1” is back.</source>
        <translation>A pasta “%1” está de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="359"/>
        <source>It could not be put back.</source>
        <translation>Não foi possível colocar o item de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the top.</source>
        <translation>Já está no topo.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="374"/>
        <source>It is already at the bottom.</source>
        <translation>Já está no final.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="387"/>
        <source>The bookmark could not be moved.</source>
        <translation>Não foi possível mover o favorito.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="396"/>
        <source>Choose a bookmark first</source>
        <translation>Escolha um favorito primeiro</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="400"/>
        <source>Not in a Folder</source>
        <translation>Sem pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="432"/>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="434"/>
        <source>Name of the new folder:</source>
        <translation>Nome da nova pasta:</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="435"/>
        <source>Make Folder</source>
        <translation>Criar pasta</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/bookmarkspage.cpp" line="444"/>
        <source>The folder could not be made.</source>
        <translation>Não foi possível criar a pasta.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::BreadcrumbBar</name>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="60"/>
        <source>You are here</source>
        <translation>Você está aqui</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="61"/>
        <source>Where the open article sits in the collection</source>
        <translation>Onde o artigo aberto fica na coleção</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="51"/>
        <source>You are here:</source>
        <translation>Você está aqui:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="108"/>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="110"/>
        <source>Go to %1</source>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/breadcrumbbar.cpp" line="76"/>
        <source>then</source>
        <translation>em seguida</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ButtonShelf</name>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="18"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="25"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="27"/>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="31"/>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/buttonshelf.cpp" line="26"/>
        <source>Opens the buttons that do not fit here as a menu</source>
        <translation>Abre como menu os botões que não cabem aqui</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortController</name>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="78"/>
        <source>Colours: %1. Press %2 for the next colours.</source>
        <translation>Cores: %1. Pressione %2 para as próximas cores.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="79"/>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="134"/>
        <source>&amp;Comfort</source>
        <translation>&amp;Conforto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="138"/>
        <source>Reading &amp;comfort…</source>
        <translation>&amp;Conforto de leitura…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="140"/>
        <source>Choose text size, colours, spacing and read aloud, with a preview</source>
        <translation>Escolher o tamanho do texto, as cores, o espaçamento e a leitura em voz alta, com uma prévia</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="142"/>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="148"/>
        <source>Text and colours</source>
        <translation>Texto e cores</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="150"/>
        <source>&amp;Spacing and line length</source>
        <translation>&amp;Espaçamento e comprimento da linha</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="152"/>
        <source>Line spacing</source>
        <translation>Espaçamento entre linhas</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="154"/>
        <source>Letter spacing</source>
        <translation>Espaçamento entre letras</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="156"/>
        <source>Word spacing</source>
        <translation>Espaçamento entre palavras</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="158"/>
        <source>Line length</source>
        <translation>Comprimento da linha</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="159"/>
        <source>C&amp;olours</source>
        <translation>C&amp;ores</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="161"/>
        <source>Easier-to-read &amp;letters (OpenDyslexic)</source>
        <translation>&amp;Letras mais fáceis de ler (OpenDyslexic)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="174"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;Seguir o sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="187"/>
        <source>&amp;Next colours</source>
        <translation>&amp;Próximas cores</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="190"/>
        <source>Switch to the next colour theme</source>
        <translation>Passar para o próximo esquema de cores</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="193"/>
        <source>Read aloud</source>
        <translation>Leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="194"/>
        <source>Show the Listen &amp;button</source>
        <translation>&amp;Mostrar o botão Ouvir</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="204"/>
        <source>Comfort ▾</source>
        <translation>Conforto ▾</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="209"/>
        <source>Reading comfort: profiles, text size, spacing, colours and read aloud</source>
        <translation>Conforto de leitura: perfis, tamanho do texto, espaçamento, cores e leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="210"/>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="221"/>
        <source>Reading comfort</source>
        <translation>Conforto de leitura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="219"/>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="226"/>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="237"/>
        <source>%1 colours for the window and the article (%2 switches)</source>
        <translation>Cores “%1” para a janela e o artigo (%2 troca as cores)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="239"/>
        <source>Use the %1 colours</source>
        <translation>Usar as cores “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="243"/>
        <source>%1 colours</source>
        <translation>Cores “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="271"/>
        <source>Sa&amp;ve these settings as a profile…</source>
        <translation>&amp;Salvar estas configurações como perfil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="273"/>
        <source>Save comfort profile</source>
        <translation>Salvar perfil de conforto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="274"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nome deste perfil (por exemplo, &quot;Noite&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="277"/>
        <source>Please choose a name that is not empty and not one of the built-in profiles.</source>
        <translation>Escolha um nome que não esteja vazio e que seja diferente dos nomes dos perfis prontos.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="282"/>
        <source>&amp;Delete a profile…</source>
        <translation>E&amp;xcluir um perfil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="289"/>
        <source>Delete comfort profile</source>
        <translation>Excluir perfil de conforto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortcontroller.cpp" line="290"/>
        <source>Profile to delete:</source>
        <translation>Perfil a excluir:</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortDialog</name>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <source>Welcome to Myelin</source>
        <translation>Boas-vindas ao Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="49"/>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Reading comfort</source>
        <translation>Conforto de leitura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="51"/>
        <source>Choose the text size, colours, spacing and read aloud that suit you today</source>
        <translation>Escolha o tamanho do texto, as cores, o espaçamento e a leitura em voz alta que são melhores para você hoje</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="53"/>
        <source>Make reading comfortable</source>
        <translation>Deixe a leitura mais confortável</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="56"/>
        <source>Choose what is easiest for your eyes today. The preview shows the change at once. You can change any of this later from the Comfort button in the toolbar or the Comfort menu.</source>
        <translation>Escolha o que for mais fácil para os seus olhos hoje. A prévia mostra a mudança na hora. Você pode mudar tudo isso depois, pelo botão Conforto na barra de ferramentas ou pelo menu Conforto.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="59"/>
        <source>Every change shows at once, in the preview and in the article.</source>
        <translation>Cada mudança aparece na hora, na prévia e no artigo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="64"/>
        <source>Quick choices:</source>
        <translation>Escolhas rápidas:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>A−  Smaller</source>
        <translation>A−  Menor</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="76"/>
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>A+  Larger</source>
        <translation>A+  Maior</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="77"/>
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="86"/>
        <source>Text size:</source>
        <translation>Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="92"/>
        <source>Follow the system (light or dark)</source>
        <translation>Seguir o sistema (claro ou escuro)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="96"/>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="97"/>
        <source>Colours of the window and the article. Pictures keep their own colours.</source>
        <translation>Cores da janela e do artigo. As imagens mantêm as próprias cores.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="103"/>
        <source>Colours:</source>
        <translation>Cores:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Wide</source>
        <translation>Amplo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="107"/>
        <source>Extra wide</source>
        <translation>Muito amplo</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="110"/>
        <source>Spacing</source>
        <translation>Espaçamento</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="111"/>
        <source>Space between lines, letters and words</source>
        <translation>Espaço entre linhas, letras e palavras</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="120"/>
        <source>Spacing:</source>
        <translation>Espaçamento:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing:</source>
        <translation>Espaçamento entre linhas:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="124"/>
        <source>Line spacing</source>
        <translation>Espaçamento entre linhas</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing:</source>
        <translation>Espaçamento entre letras:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="126"/>
        <source>Letter spacing</source>
        <translation>Espaçamento entre letras</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing:</source>
        <translation>Espaçamento entre palavras:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="128"/>
        <source>Word spacing</source>
        <translation>Espaçamento entre palavras</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length:</source>
        <translation>Comprimento da linha:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="130"/>
        <source>Line length</source>
        <translation>Comprimento da linha</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>Easier-to-read letters</source>
        <translation>Letras mais fáceis de ler</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="134"/>
        <source>OpenDyslexic: a font with heavier, more distinct letters</source>
        <translation>OpenDyslexic: uma fonte com letras mais grossas e mais fáceis de distinguir</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="143"/>
        <source>Show the Listen button</source>
        <translation>Mostrar o botão Ouvir</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="144"/>
        <source>A Listen button in the toolbar reads the article aloud (Ctrl+Shift+L)</source>
        <translation>Um botão Ouvir na barra de ferramentas lê o artigo em voz alta (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="149"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Skip for now</source>
        <translation>Pular por enquanto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="169"/>
        <source>Keep the usual settings and start reading</source>
        <translation>Manter as configurações habituais e começar a ler</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Save as a profile…</source>
        <translation>Salvar como perfil…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="173"/>
        <source>Keep these settings under a name</source>
        <translation>Guardar estas configurações com um nome</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="176"/>
        <source>Save comfort profile</source>
        <translation>Salvar perfil de conforto</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="177"/>
        <source>Name for this profile (for example &quot;Evening&quot;):</source>
        <translation>Nome deste perfil (por exemplo, &quot;Noite&quot;):</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Start reading</source>
        <translation>Começar a ler</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="186"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Keep these settings and start reading</source>
        <translation>Manter estas configurações e começar a ler</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="187"/>
        <source>Close this page</source>
        <translation>Fechar esta página</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="273"/>
        <source>The usual text size, spacing and colours</source>
        <translation>Tamanho do texto, espaçamento e cores habituais</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="275"/>
        <source>Larger text, more space, shorter lines and a cream background</source>
        <translation>Texto maior, mais espaço, linhas mais curtas e fundo creme</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="277"/>
        <source>Larger text with the Listen button ready to read aloud</source>
        <translation>Texto maior, com o botão Ouvir pronto para ler em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="279"/>
        <source>Your saved profile &quot;%1&quot;</source>
        <translation>Seu perfil salvo &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="305"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="325"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortdialog.cpp" line="326"/>
        <source>Text size %1%</source>
        <translation>Tamanho do texto %1%</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortPreview</name>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="50"/>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="52"/>
        <source>Preview</source>
        <translation>Prévia</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortpreview.cpp" line="51"/>
        <source>The start of an article, shown with the chosen settings</source>
        <translation>O início de um artigo, mostrado com as configurações escolhidas</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::ComfortProfiles</name>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="53"/>
        <source>Comfort profile: %1</source>
        <translation>Perfil de conforto: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/comfortprofiles.cpp" line="92"/>
        <source>Saved the comfort profile &quot;%1&quot;.</source>
        <translation>O perfil de conforto &quot;%1&quot; foi salvo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::DeleteAllDialog</name>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="33"/>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="88"/>
        <source>Delete All My Data</source>
        <translation>Excluir todos os meus dados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="38"/>
        <source>Delete all your data from this computer?</source>
        <translation>Excluir todos os seus dados deste computador?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="46"/>
        <source>%n damaged copies of your data file, set aside earlier</source>
        <translation>
            <numerusform>%n cópia danificada do seu arquivo de dados, separada anteriormente</numerusform>
            <numerusform>%n cópias danificadas do seu arquivo de dados, separadas anteriormente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="49"/>
        <source>You have no bookmarks, notes, questions or history saved.</source>
        <translation>Você não tem favoritos, notas, perguntas nem histórico salvos.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="51"/>
        <source>This deletes:</source>
        <translation>Serão excluídos:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="54"/>
        <source>This deletes: %1</source>
        <translation>Serão excluídos: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="56"/>
        <source>This cannot be undone. To keep a copy, choose “Export My Data First”.</source>
        <translation>Isto não pode ser desfeito. Para guardar uma cópia, escolha “Exportar meus dados antes”.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="63"/>
        <source>Also put all &amp;settings back as they were</source>
        <translation>Também restaurar todas as &amp;configurações originais</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="65"/>
        <source>Also put all settings back as they were</source>
        <translation>Também restaurar todas as configurações originais</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="68"/>
        <source>Text size, colours, spacing, comfort profiles, window size, paper size and the handout details go back to how they were when Myelin was installed.</source>
        <translation>O tamanho do texto, as cores, o espaçamento, os perfis de conforto, o tamanho da janela, o tamanho do papel e os dados do folheto voltam a ser como eram quando o Myelin foi instalado.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="76"/>
        <source>&amp;Export My Data First…</source>
        <translation>&amp;Exportar meus dados antes…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="78"/>
        <source>Export My Data First</source>
        <translation>Exportar meus dados antes</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="86"/>
        <source>&amp;Delete All My Data</source>
        <translation>E&amp;xcluir todos os meus dados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/deletealldialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::FindBar</name>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="16"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="17"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="20"/>
        <source>Find in this page</source>
        <translation>Localizar nesta página</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="24"/>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="30"/>
        <source>Words to find in this page</source>
        <translation>Palavras a localizar nesta página</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="31"/>
        <source>Type words to find in the open page. Enter finds the next, Shift+Enter the previous.</source>
        <translation>Digite as palavras a localizar na página aberta. Enter vai para a próxima ocorrência, Shift+Enter para a anterior.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="33"/>
        <source>Matches found</source>
        <translation>Ocorrências encontradas</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="34"/>
        <location filename="../app/ui/search/findbar.cpp" line="145"/>
        <source>No matches</source>
        <translation>Nenhuma ocorrência</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="40"/>
        <source>Go to the previous match (Shift+F3)</source>
        <translation>Ir para a ocorrência anterior (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="41"/>
        <source>Go to the next match (F3)</source>
        <translation>Ir para a próxima ocorrência (F3)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="42"/>
        <source>Close the find bar (Escape)</source>
        <translation>Fechar a barra de localização (Escape)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/findbar.cpp" line="147"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPanel</name>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="28"/>
        <source>Filter terms</source>
        <translation>Filtrar termos</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="31"/>
        <source>Filter glossary terms</source>
        <translation>Filtrar os termos do glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="32"/>
        <source>Type part of a word to show only matching terms</source>
        <translation>Digite parte de uma palavra para mostrar só os termos correspondentes</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="42"/>
        <source>Glossary terms</source>
        <translation>Termos do glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="43"/>
        <source>Press Enter to read a term&apos;s definition</source>
        <translation>Pressione Enter para ler a definição de um termo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="90"/>
        <source>Glossary term</source>
        <translation>Termo do glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypanel.cpp" line="91"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::GlossaryPopover</name>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="119"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="138"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="140"/>
        <source>Closes the definition and goes back to the article</source>
        <translation>Fecha a definição e volta ao artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="156"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="232"/>
        <source>Opens the glossary page of %1</source>
        <translation>Abre a página do glossário sobre %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="233"/>
        <source>%1: definition</source>
        <translation>%1: definição</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="437"/>
        <source>More about %1</source>
        <translation>Mais sobre %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="139"/>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More about this word</source>
        <translation>Mais sobre esta palavra</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/glossarypopover.cpp" line="447"/>
        <source>More</source>
        <translation>Mais</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HandoutDialog</name>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>&amp;Add to Handout</source>
        <translation>&amp;Adicionar ao folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="77"/>
        <source>Add the selected articles to the end of the handout</source>
        <translation>Adicionar os artigos selecionados ao final do folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move &amp;Up</source>
        <translation>Mover para ci&amp;ma</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="78"/>
        <source>Move the selected article one place earlier</source>
        <translation>Mover o artigo selecionado uma posição para cima</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move &amp;Down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="79"/>
        <source>Move the selected article one place later</source>
        <translation>Mover o artigo selecionado uma posição para baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="80"/>
        <source>Take the selected article out of the handout</source>
        <translation>Tirar o artigo selecionado do folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="81"/>
        <source>Cover page with the title and your group&apos;s details</source>
        <translation>Capa com o título e os dados do seu grupo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="82"/>
        <source>Contents page with page numbers</source>
        <translation>Sumário com os números das páginas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="83"/>
        <source>Glossary of the medical words the articles use</source>
        <translation>Glossário das palavras médicas usadas nos artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="84"/>
        <source>Timeline of events</source>
        <translation>Linha do tempo dos eventos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="85"/>
        <source>My questions for my next appointment, with space for the answers</source>
        <translation>Minhas perguntas para a próxima consulta, com espaço para as respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>&amp;Open…</source>
        <translation>Abr&amp;ir…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="88"/>
        <source>Open a handout you saved before</source>
        <translation>Abrir um folheto que você salvou antes</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="89"/>
        <source>Save this handout&apos;s articles and options to reuse later</source>
        <translation>Salvar os artigos e as opções deste folheto para usar de novo depois</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="90"/>
        <source>Show the pages and print them</source>
        <translation>Mostrar as páginas e imprimi-las</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save as P&amp;DF…</source>
        <translation>Salvar em P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="91"/>
        <source>Save the handout as one PDF file</source>
        <translation>Salvar o folheto como um único arquivo PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="92"/>
        <source>Close this window; the handout is remembered for next time</source>
        <translation>Fechar esta janela; o folheto fica guardado para a próxima vez</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="94"/>
        <source>Make a Handout</source>
        <translation>Criar folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="95"/>
        <source>Make a handout</source>
        <translation>Criar um folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="96"/>
        <source>Choose articles and options for a printed handout booklet.</source>
        <translation>Escolha os artigos e as opções de um folheto para imprimir.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="100"/>
        <source>2. The cover page</source>
        <translation>2. A capa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>Handout title</source>
        <translation>Título do folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="102"/>
        <source>The title printed on the cover, for example &quot;Welcome pack&quot;</source>
        <translation>O título impresso na capa, por exemplo &quot;Kit de boas-vindas&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="103"/>
        <source>For example: Welcome pack</source>
        <translation>Por exemplo: Kit de boas-vindas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Group name</source>
        <translation>Nome do grupo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="105"/>
        <source>Your group&apos;s name, printed on the cover and at the foot of each page</source>
        <translation>O nome do seu grupo, impresso na capa e no rodapé de cada página</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="107"/>
        <source>Contact details</source>
        <translation>Dados de contato</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="108"/>
        <source>How to reach your group: meeting place and times, phone, email. Printed on the cover.</source>
        <translation>Como falar com o seu grupo: local e horário dos encontros, telefone, e-mail. Impresso na capa.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="111"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="112"/>
        <source>&amp;Group name:</source>
        <translation>Nome do &amp;grupo:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="113"/>
        <source>Con&amp;tact details:</source>
        <translation>Dados de &amp;contato:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="116"/>
        <source>1. Choose the articles</source>
        <translation>1. Escolha os artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="117"/>
        <source>A&amp;ll articles:</source>
        <translation>T&amp;odos os artigos:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="119"/>
        <source>In this &amp;handout, in order:</source>
        <translation>Neste &amp;folheto, na ordem:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Filter articles</source>
        <translation>Filtrar artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="121"/>
        <source>Type part of a title to show only matching articles</source>
        <translation>Digite parte de um título para mostrar só os artigos correspondentes</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="122"/>
        <source>Type to find an article</source>
        <translation>Digite para encontrar um artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="125"/>
        <source>All articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="126"/>
        <source>Select one or more articles, then choose Add to Handout (or press Enter)</source>
        <translation>Selecione um ou mais artigos e escolha Adicionar ao folheto (ou pressione Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>Articles in this handout</source>
        <translation>Artigos neste folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="128"/>
        <source>The handout prints these articles in this order</source>
        <translation>O folheto imprime estes artigos nesta ordem</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="153"/>
        <source>3. What else to include</source>
        <translation>3. O que mais incluir</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="155"/>
        <source>Start with a cover page</source>
        <translation>Começar com uma capa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="156"/>
        <source>List every part with the page it starts on</source>
        <translation>Listar cada parte com a página em que ela começa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="157"/>
        <source>Add the meanings of the medical words used in these articles</source>
        <translation>Adicionar o significado das palavras médicas usadas nestes artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="158"/>
        <source>Add the timeline of research and events</source>
        <translation>Adicionar a linha do tempo das pesquisas e dos eventos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="159"/>
        <source>Add a page of your own questions from the Questions pane, the ones not ticked off (left out when there are none)</source>
        <translation>Adicionar uma página com as suas próprias perguntas do painel Perguntas, as que não foram marcadas como respondidas (fica de fora quando não houver nenhuma)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="164"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="414"/>
        <source>Save paper (%1 point, narrow margins)</source>
        <translation>Economizar papel (%1 pontos, margens estreitas)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="169"/>
        <source>Fewer sheets to photocopy: smaller text, narrow margins, page numbers on the outer edge for printing on both sides</source>
        <translation>Menos folhas para fotocopiar: texto menor, margens estreitas e números de página na borda externa, para imprimir frente e verso</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="172"/>
        <source>Standard print (%1 point)</source>
        <translation>Letra padrão (%1 pontos)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="173"/>
        <source>Large print (%1 point)</source>
        <translation>Letra grande (%1 pontos)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="174"/>
        <source>Extra large print (%1 point)</source>
        <translation>Letra extragrande (%1 pontos)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="176"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="177"/>
        <source>Large print (16 point or more) suits readers with poor eyesight; Save paper makes the fewest pages</source>
        <translation>Letra grande (16 pontos ou mais) é melhor para quem enxerga pouco; Economizar papel gera menos páginas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="180"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="181"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="182"/>
        <source>The paper your printer uses</source>
        <translation>O papel que a sua impressora usa</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="184"/>
        <source>Te&amp;xt size:</source>
        <translation>Tamanho do te&amp;xto:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="186"/>
        <source>Pape&amp;r:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="201"/>
        <source>Handout status</source>
        <translation>Situação do folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="204"/>
        <source>Page count</source>
        <translation>Número de páginas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="415"/>
        <source>%1 point</source>
        <translation>%1 pontos</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="428"/>
        <source>Left out, because this collection has no such article: %1</source>
        <translation>Deixado de fora porque esta coleção não tem este artigo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="500"/>
        <source>Already in the handout: %1</source>
        <translation>Já está no folheto: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/print/handoutdialog.cpp" line="502"/>
        <source>%n articles in the handout.</source>
        <translation>
            <numerusform>%n artigo no folheto.</numerusform>
            <numerusform>%n artigos no folheto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="580"/>
        <source>Add articles to see how many pages the handout takes.</source>
        <translation>Adicione artigos para ver quantas páginas o folheto terá.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="581"/>
        <source>Counting the pages…</source>
        <translation>Contando as páginas…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="602"/>
        <source>The pages could not be counted.</source>
        <translation>Não foi possível contar as páginas.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="607"/>
        <source>This handout takes 1 page.</source>
        <translation>Este folheto tem 1 página.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="609"/>
        <source>This handout takes 2 pages (1 sheet printed on both sides).</source>
        <translation>Este folheto tem 2 páginas (1 folha impressa frente e verso).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="612"/>
        <source>This handout takes %1 pages (%2 sheets printed on both sides).</source>
        <translation>Este folheto tem %1 páginas (%2 folhas impressas frente e verso).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="634"/>
        <source>Opened %1.</source>
        <translation>Arquivo %1 aberto.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="643"/>
        <source>Saved %1.</source>
        <translation>Arquivo %1 salvo.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="659"/>
        <source>Open a Handout</source>
        <translation>Abrir um folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="660"/>
        <source>Myelin handouts (*.json);;All files (*)</source>
        <translation>Folhetos do Myelin (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="666"/>
        <source>Cannot open the handout</source>
        <translation>Não é possível abrir o folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="674"/>
        <location filename="../app/ui/print/handoutdialog.cpp" line="690"/>
        <source>handout</source>
        <translation>folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="675"/>
        <source>Save the Handout</source>
        <translation>Salvar o folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="677"/>
        <source>Myelin handouts (*.json)</source>
        <translation>Folhetos do Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="684"/>
        <source>Cannot save the handout</source>
        <translation>Não é possível salvar o folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="691"/>
        <source>Save the Handout as PDF</source>
        <translation>Salvar o folheto em PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/handoutdialog.cpp" line="693"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HighlightDialog</name>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="39"/>
        <source>Yellow</source>
        <translation>Amarelo</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="42"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="45"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="48"/>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Highlight</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="58"/>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="66"/>
        <source>Passage: %1</source>
        <translation>Trecho: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="70"/>
        <source>Colour</source>
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="82"/>
        <source>Highlight colour. Use the arrow keys to choose another.</source>
        <translation>Cor do destaque. Use as setas do teclado para escolher outra.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="95"/>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="99"/>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="100"/>
        <source>Your own words about this passage. Ctrl+Enter saves.</source>
        <translation>Suas próprias palavras sobre este trecho. Ctrl+Enter salva.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="104"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/highlightdialog.cpp" line="105"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryDays</name>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="12"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historydays.cpp" line="15"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::HistoryPage</name>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="23"/>
        <source>Clear This Day…</source>
        <translation>Limpar este dia…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="24"/>
        <source>Clear All History…</source>
        <translation>Limpar todo o histórico…</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="26"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="36"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="27"/>
        <source>Nothing here yet. The pages you read are listed here by day.</source>
        <translation>Nada aqui ainda. As páginas que você ler aparecem aqui, organizadas por dia.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="37"/>
        <source>The pages you read, by day, newest first. Press Enter to open one.</source>
        <translation>As páginas que você leu, por dia, das mais recentes para as mais antigas. Pressione Enter para abrir uma.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="42"/>
        <source>Open: open the chosen page</source>
        <translation>Abrir: abrir a página escolhida</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="43"/>
        <source>Open the chosen page (Enter)</source>
        <translation>Abrir a página escolhida (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="45"/>
        <source>Clear This Day: remove the chosen day&apos;s pages from the history</source>
        <translation>Limpar este dia: remover do histórico as páginas do dia escolhido</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="46"/>
        <source>Remove the chosen day&apos;s pages from the history</source>
        <translation>Remover do histórico as páginas do dia escolhido</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="48"/>
        <source>Clear All History: remove every page from the history</source>
        <translation>Limpar todo o histórico: remover todas as páginas do histórico</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="49"/>
        <source>Remove every page from the history (bookmarks stay)</source>
        <translation>Remover todas as páginas do histórico (os favoritos continuam)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/bookmarks/historypage.cpp" line="105"/>
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n página</numerusform>
            <numerusform>%1, %n páginas</numerusform>
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
        <translation>%1 (não está mais na biblioteca)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="117"/>
        <source>%1, read at %2, no longer in the library</source>
        <translation>%1, leitura às %2, não está mais na biblioteca</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="118"/>
        <source>%1, read at %2</source>
        <translation>%1, leitura às %2</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="120"/>
        <source>%1: a content update renamed or removed this page.</source>
        <translation>%1: uma atualização de conteúdo renomeou ou removeu esta página.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="182"/>
        <source>Keep It</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="202"/>
        <source>Clear This Day?</source>
        <translation>Limpar este dia?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="203"/>
        <source>Remove the pages you read on %1 from the history? Bookmarks and reading places stay.</source>
        <translation>Remover do histórico as páginas que você leu neste dia (%1)? Os favoritos e os pontos de leitura continuam.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="206"/>
        <source>Clear %1</source>
        <translation>Limpar: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="208"/>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="222"/>
        <source>The history could not be cleared.</source>
        <translation>Não foi possível limpar o histórico.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="217"/>
        <source>Clear All History?</source>
        <translation>Limpar todo o histórico?</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="218"/>
        <source>Remove every page from the history? This cannot be undone. Bookmarks and reading places stay.</source>
        <translation>Remover todas as páginas do histórico? Isto não pode ser desfeito. Os favoritos e os pontos de leitura continuam.</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/historypage.cpp" line="220"/>
        <source>Clear All History</source>
        <translation>Limpar todo o histórico</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::KeyboardNavigation</name>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="42"/>
        <source>Next Region</source>
        <translation>Próxima área</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="45"/>
        <source>Move to the next part of the window: toolbar, contents, article, related items</source>
        <translation>Ir para a próxima parte da janela: barra de ferramentas, sumário, artigo, itens relacionados</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="47"/>
        <source>Previous Region</source>
        <translation>Área anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/keyboardnavigation.cpp" line="50"/>
        <source>Move to the previous part of the window</source>
        <translation>Ir para a parte anterior da janela</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::LanguageMenu</name>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="16"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="24"/>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="31"/>
        <source>Show Myelin in %1</source>
        <translation>Mostrar o Myelin em %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/languagemenu.cpp" line="33"/>
        <source>Use the language of this computer when Myelin has it, else English</source>
        <translation>Usar o idioma deste computador quando o Myelin o tiver; senão, inglês</translation>
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
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="266"/>
        <source>All articles. Use the arrow keys to move and open them.</source>
        <translation>Todos os artigos. Use as setas do teclado para percorrê-los e abri-los.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="281"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="305"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="319"/>
        <source>Open in your web browser?</source>
        <translation>Abrir no seu navegador?</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="320"/>
        <source>This link leads outside Myelin, to:

%1

Open it in your web browser? Your browser will need an internet connection.</source>
        <translation>Este link leva para fora do Myelin, para:

%1

Abrir no seu navegador? O navegador vai precisar de conexão com a internet.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="409"/>
        <source>Go back to the previous article</source>
        <translation>Voltar ao artigo anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="411"/>
        <source>Go forward again</source>
        <translation>Avançar de novo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="413"/>
        <source>Go to the welcome page</source>
        <translation>Ir para a página de boas-vindas</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="415"/>
        <source>Show the glossary of terms</source>
        <translation>Mostrar o glossário de termos</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="416"/>
        <source>Show the timeline of events</source>
        <translation>Mostrar a linha do tempo dos eventos</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="773"/>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="418"/>
        <source>Show the collection of quotes</source>
        <translation>Mostrar a coleção de citações</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="427"/>
        <source>Make the text smaller</source>
        <translation>Diminuir o texto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="428"/>
        <source>Normal text size</source>
        <translation>Tamanho normal do texto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="430"/>
        <source>Make the text larger</source>
        <translation>Aumentar o texto</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="450"/>
        <location filename="../app/ui/shell/mainwindow.cpp" line="453"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="459"/>
        <source>Text size:</source>
        <translation>Tamanho do texto:</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="494"/>
        <source>&amp;Get Help Now</source>
        <translation>&amp;Obter ajuda agora</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="496"/>
        <source>Emergency numbers, crisis lines and MS helplines</source>
        <translation>Números de emergência, serviços de apoio em crises e canais de ajuda sobre EM</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="518"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="480"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="481"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="483"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="487"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="490"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="502"/>
        <source>&amp;How to Use Myelin</source>
        <translation>&amp;Como usar o Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="505"/>
        <source>Open the guide to Myelin, with its keyboard shortcuts</source>
        <translation>Abrir o guia do Myelin, com os atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="544"/>
        <source>Show &amp;Contents</source>
        <translation>Mostrar &amp;sumário</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="547"/>
        <source>Show or hide the contents and glossary beside the article</source>
        <translation>Mostrar ou ocultar o sumário e o glossário ao lado do artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="548"/>
        <source>Show &amp;Related Items</source>
        <translation>Mostrar itens &amp;relacionados</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="551"/>
        <source>Show or hide the related items beside the article</source>
        <translation>Mostrar ou ocultar os itens relacionados ao lado do artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="562"/>
        <source>This page has no related items.</source>
        <translation>Esta página não tem itens relacionados.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="686"/>
        <source>Your answer could not be saved. %1</source>
        <translation>Não foi possível salvar a sua resposta. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="700"/>
        <source>Changes are not being saved</source>
        <translation>As mudanças não estão sendo salvas</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="313"/>
        <source>Text size %1%</source>
        <translation>Tamanho do texto %1%</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="89"/>
        <source>More buttons</source>
        <translation>Mais botões</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="91"/>
        <source>More buttons: those the window has no room for</source>
        <translation>Mais botões: os que não cabem na janela</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="684"/>
        <source>Thank you. Your answer is saved on this computer only.</source>
        <translation>Obrigado. Sua resposta foi salva somente neste computador.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="712"/>
        <source>There is no article called &quot;%1&quot;. Showing the welcome page.</source>
        <translation>Não há nenhum artigo chamado &quot;%1&quot;. Mostrando a página de boas-vindas.</translation>
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
        <translation>Glossário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="846"/>
        <source>Feedback on &quot;%1&quot;</source>
        <translation>Comentário sobre &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/mainwindow.cpp" line="847"/>
        <source>Article: %1

My comments:
</source>
        <translation>Artigo: %1

Meus comentários:
</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MessageStrip</name>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="15"/>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="16"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="19"/>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="22"/>
        <source>Put back what was just deleted (Ctrl+Z)</source>
        <translation>Colocar de volta o que acabou de ser excluído (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="23"/>
        <source>Close: close this message</source>
        <translation>Fechar: fechar esta mensagem</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="24"/>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <location filename="../app/ui/bookmarks/messagestrip.cpp" line="45"/>
        <source>Undo: %1</source>
        <translation>Desfazer: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataController</name>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="51"/>
        <source>My &amp;Data</source>
        <translation>&amp;Meus dados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="53"/>
        <source>&amp;Export My Data…</source>
        <translation>&amp;Exportar meus dados…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="54"/>
        <source>Save your bookmarks, notes, questions and history in one file, to keep or to move to another computer</source>
        <translation>Salvar seus favoritos, notas, perguntas e histórico em um único arquivo, para guardar ou levar para outro computador</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="56"/>
        <source>&amp;Import My Data…</source>
        <translation>&amp;Importar meus dados…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="57"/>
        <source>Add the bookmarks, notes, questions and history from an exported file; nothing of yours is overwritten</source>
        <translation>Adicionar os favoritos, notas, perguntas e histórico de um arquivo exportado; nada do que é seu é substituído</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="60"/>
        <source>&amp;Delete All My Data…</source>
        <translation>E&amp;xcluir todos os meus dados…</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="61"/>
        <source>Delete your bookmarks, notes, questions, history and answers from this computer</source>
        <translation>Excluir deste computador seus favoritos, notas, perguntas, histórico e respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="74"/>
        <source>Your data file was damaged</source>
        <translation>Seu arquivo de dados estava danificado</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="75"/>
        <source>A new data file was started; the damaged one was kept aside.</source>
        <translation>Um novo arquivo de dados foi criado; o danificado foi guardado à parte.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="99"/>
        <source>Myelin data %1</source>
        <translation>Dados do Myelin %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="101"/>
        <source>Export My Data</source>
        <translation>Exportar meus dados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="102"/>
        <source>Myelin data (*.json)</source>
        <translation>Dados do Myelin (*.json)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="118"/>
        <source>Your data was not exported</source>
        <translation>Seus dados não foram exportados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="122"/>
        <source>Your data is saved in %1.</source>
        <translation>Seus dados foram salvos em %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="123"/>
        <source>There was nothing to export yet.</source>
        <translation>Ainda não havia nada para exportar.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="124"/>
        <source>It holds:</source>
        <translation>O arquivo contém:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="125"/>
        <source>Keep it somewhere safe: your notes are in it as plain text. To bring them back, or onto another computer, choose File &gt; My Data &gt; Import My Data.</source>
        <translation>Guarde o arquivo em um lugar seguro: suas notas estão nele como texto simples. Para trazê-las de volta, ou levá-las para outro computador, escolha Arquivo &gt; Meus dados &gt; Importar meus dados.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="127"/>
        <source>Your data is exported</source>
        <translation>Seus dados foram exportados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="128"/>
        <source>Your data is exported to %1</source>
        <translation>Seus dados foram exportados para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="138"/>
        <source>Import My Data</source>
        <translation>Importar meus dados</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="139"/>
        <source>Myelin data (*.json);;All files (*)</source>
        <translation>Dados do Myelin (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="151"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="154"/>
        <source>From %1:</source>
        <translation>De %1:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="156"/>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="179"/>
        <source>Your data was not deleted</source>
        <translation>Seus dados não foram excluídos</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="182"/>
        <source>Your bookmarks, notes, questions, history and answers are deleted from this computer.</source>
        <translation>Seus favoritos, notas, perguntas, histórico e respostas foram excluídos deste computador.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="184"/>
        <source>These set-aside copies could not be removed; delete them yourself:</source>
        <translation>Não foi possível remover estas cópias separadas; exclua-as manualmente:</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="194"/>
        <source>Your settings are back as they were when Myelin was installed.</source>
        <translation>Suas configurações voltaram a ser como eram quando o Myelin foi instalado.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="195"/>
        <source>Your settings are back to the defaults for now, but could not be saved.</source>
        <translation>Suas configurações voltaram ao padrão por enquanto, mas não puderam ser salvas.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="198"/>
        <source>Your data is deleted</source>
        <translation>Seus dados foram excluídos</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatacontroller.cpp" line="199"/>
        <source>Your data is deleted.</source>
        <translation>Seus dados foram excluídos.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::MyDataText</name>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
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
            <numerusform>%n favorito</numerusform>
            <numerusform>%n favoritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="14"/>
        <source>%n folders</source>
        <translation>
            <numerusform>%n pasta</numerusform>
            <numerusform>%n pastas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n highlights</source>
        <translation>
            <numerusform>%n destaque</numerusform>
            <numerusform>%n destaques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="18"/>
        <source>%n with a note</source>
        <translation>
            <numerusform>%n com nota</numerusform>
            <numerusform>%n com nota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="21"/>
        <source>%n questions for your appointment</source>
        <translation>
            <numerusform>%n pergunta para a sua consulta</numerusform>
            <numerusform>%n perguntas para a sua consulta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="24"/>
        <source>your reading history (%n page visits)</source>
        <translation>
            <numerusform>seu histórico de leitura (%n página visitada)</numerusform>
            <numerusform>seu histórico de leitura (%n páginas visitadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="27"/>
        <source>where you were in %n articles</source>
        <translation>
            <numerusform>onde você parou em %n artigo</numerusform>
            <numerusform>onde você parou em %n artigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="30"/>
        <source>%n answers to “Was this useful?”</source>
        <translation>
            <numerusform>%n resposta a “Isto foi útil?”</numerusform>
            <numerusform>%n respostas a “Isto foi útil?”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="52"/>
        <source>%n bookmark folders</source>
        <translation>
            <numerusform>%n pasta de favoritos</numerusform>
            <numerusform>%n pastas de favoritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="55"/>
        <source>%n highlights and notes</source>
        <translation>
            <numerusform>%n destaque ou nota</numerusform>
            <numerusform>%n destaques e notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="58"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n pergunta</numerusform>
            <numerusform>%n perguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="61"/>
        <source>%n page visits in your history</source>
        <translation>
            <numerusform>%n página visitada no seu histórico</numerusform>
            <numerusform>%n páginas visitadas no seu histórico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="64"/>
        <source>%n reading positions</source>
        <translation>
            <numerusform>%n ponto de leitura</numerusform>
            <numerusform>%n pontos de leitura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="67"/>
        <source>%n feedback answers</source>
        <translation>
            <numerusform>%n resposta de avaliação</numerusform>
            <numerusform>%n respostas de avaliação</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="69"/>
        <source>Added: %1.</source>
        <translation>Itens adicionados: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/mydata/mydatatext.cpp" line="71"/>
        <source>Nothing new was added: everything in the file is already here.</source>
        <translation>Nada de novo foi adicionado: tudo o que está no arquivo já está aqui.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="74"/>
        <source>Already here, so skipped: %n items.</source>
        <translation>
            <numerusform>Já estava aqui, por isso foi ignorado: %n item.</numerusform>
            <numerusform>Já estavam aqui, por isso foram ignorados: %n itens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="77"/>
        <source>Kept both: %n items in the file are different versions of yours (other words), so they were added beside yours. Nothing of yours was changed.</source>
        <translation>
            <numerusform>Os dois foram mantidos: %n item do arquivo é uma versão diferente de um dos seus (com outras palavras), por isso foi adicionado ao lado do seu. Nada do que é seu foi alterado.</numerusform>
            <numerusform>Os dois foram mantidos: %n itens do arquivo são versões diferentes dos seus (com outras palavras), por isso foram adicionados ao lado dos seus. Nada do que é seu foi alterado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/mydata/mydatatext.cpp" line="82"/>
        <source>Could not be read, so skipped: %n items.</source>
        <translation>
            <numerusform>Não pôde ser lido, por isso foi ignorado: %n item.</numerusform>
            <numerusform>Não puderam ser lidos, por isso foram ignorados: %n itens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesController</name>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="59"/>
        <source>&amp;Highlight…</source>
        <translation>&amp;Destacar…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <source>Edit &amp;Note…</source>
        <translation>Editar &amp;nota…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="60"/>
        <location filename="../app/ui/notes/notescontroller.cpp" line="77"/>
        <source>Change C&amp;olour</source>
        <translation>Mudar a c&amp;or</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="62"/>
        <source>&amp;Remove Highlight</source>
        <translation>&amp;Remover destaque</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Undo Remove Highlight</source>
        <translation>Des&amp;fazer remoção do destaque</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="63"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="65"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="68"/>
        <source>Highlight the selected passage, with a note if you like</source>
        <translation>Destacar o trecho selecionado, com uma nota se você quiser</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="78"/>
        <source>Change Colour</source>
        <translation>Mudar a cor</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="106"/>
        <source>Show your highlights and notes</source>
        <translation>Mostrar seus destaques e notas</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="485"/>
        <source>That article is no longer in the library. Your notes on it are kept.</source>
        <translation>Esse artigo não está mais na biblioteca. Suas notas sobre ele foram mantidas.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="268"/>
        <source>Select a passage in the article first, then choose Highlight (%1).</source>
        <translation>Primeiro selecione um trecho do artigo e depois escolha Destacar (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="274"/>
        <source>Highlights can be kept in articles only.</source>
        <translation>Os destaques só podem ser guardados em artigos.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="306"/>
        <source>Your highlight could not be saved. %1</source>
        <translation>Não foi possível salvar o seu destaque. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="312"/>
        <source>Highlighted. It is listed under Notes.</source>
        <translation>Trecho destacado. Ele aparece em Notas.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="323"/>
        <source>Your note could not be saved. %1</source>
        <translation>Não foi possível salvar a sua nota. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="339"/>
        <source>The new colour could not be saved. %1</source>
        <translation>Não foi possível salvar a nova cor. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="347"/>
        <source>The highlight could not be removed. %1</source>
        <translation>Não foi possível remover o destaque. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="500"/>
        <source>Removed the highlight %1.</source>
        <translation>O destaque %1 foi removido.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="358"/>
        <source>Removed the highlight %1. Undo is in the Notes pane and the article&apos;s menu.</source>
        <translation>O destaque %1 foi removido. A opção Desfazer está no painel Notas e no menu do artigo.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="370"/>
        <source>The highlight could not be brought back. %1</source>
        <translation>Não foi possível trazer o destaque de volta. %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="378"/>
        <source>The highlight is back.</source>
        <translation>O destaque está de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="394"/>
        <source>That article is no longer in the library. Your highlight and note are kept here.</source>
        <translation>Esse artigo não está mais na biblioteca. Seu destaque e sua nota foram mantidos aqui.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="411"/>
        <source>This highlight could not be placed: the passage has changed since you marked it. Your quote is kept in the Notes pane.</source>
        <translation>Não foi possível mostrar este destaque: o trecho mudou desde que você o marcou. O texto que você destacou foi mantido no painel Notas.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notescontroller.cpp" line="429"/>
        <source>Your highlight: %1</source>
        <translation>Seu destaque: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::NotesPane</name>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <location filename="../app/ui/notes/notespane.cpp" line="59"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="27"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="28"/>
        <location filename="../app/ui/notes/notespane.cpp" line="63"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="29"/>
        <location filename="../app/ui/notes/notespane.cpp" line="232"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="35"/>
        <source>No highlights yet. Select a passage in an article, right-click it and choose Highlight… to keep it here with your own note.</source>
        <translation>Ainda não há destaques. Selecione um trecho em um artigo, clique nele com o botão direito e escolha Destacar… para guardá-lo aqui com a sua própria nota.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="50"/>
        <source>Notes and highlights</source>
        <translation>Notas e destaques</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="51"/>
        <source>Your highlights by article. Press Enter to show one in its article, Delete to remove it.</source>
        <translation>Seus destaques, por artigo. Pressione Enter para ver um deles no artigo, ou Delete para removê-lo.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="60"/>
        <source>Show the chosen highlight in its article</source>
        <translation>Mostrar o destaque escolhido no artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="61"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="62"/>
        <source>Change the chosen highlight&apos;s note or colour</source>
        <translation>Mudar a nota ou a cor do destaque escolhido</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="64"/>
        <source>Remove the chosen highlight and its note (you can undo it)</source>
        <translation>Remover o destaque escolhido e a nota dele (você pode desfazer)</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="75"/>
        <source>Bring back the highlight you removed</source>
        <translation>Trazer de volta o destaque que você removeu</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="134"/>
        <source>No longer in the library</source>
        <translation>Não está mais na biblioteca</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="140"/>
        <source>%1, no longer in the library</source>
        <translation>%1, não está mais na biblioteca</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="143"/>
        <source>Article. Press Enter to open it.</source>
        <translation>Artigo. Pressione Enter para abri-lo.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="144"/>
        <source>This article is not in this version of the library. Your highlights and notes on it are kept.</source>
        <translation>Este artigo não está nesta versão da biblioteca. Seus destaques e notas sobre ele foram mantidos.</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="155"/>
        <source>Could not be placed</source>
        <translation>Não foi possível mostrar no artigo</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="165"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="171"/>
        <source>%1 highlight in %2: %3</source>
        <translation>Destaque (%1) em %2: %3</translation>
    </message>
    <message>
        <location filename="../app/ui/notes/notespane.cpp" line="174"/>
        <source>The passage has changed since you marked it, so it is not shown in the article. Your quote is kept.</source>
        <translation>O trecho mudou desde que você o marcou, por isso ele não aparece no artigo. O texto que você destacou foi mantido.</translation>
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
        <translation>Não foi possível ler as páginas.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="35"/>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpagepainter.cpp" line="55"/>
        <source>The printer stopped after page %1.</source>
        <translation>A impressora parou depois da página %1.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PdfPipeline</name>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="107"/>
        <source>%1, version %2</source>
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="127"/>
        <source>No article was chosen.</source>
        <translation>Nenhum artigo foi escolhido.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="133"/>
        <source>There is no article called &quot;%1&quot;.</source>
        <translation>Não há nenhum artigo chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="145"/>
        <source>Articles from Myelin</source>
        <translation>Artigos do Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="178"/>
        <source>This page cannot be printed.</source>
        <translation>Esta página não pode ser impressa.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="190"/>
        <source>Glossary: %1</source>
        <translation>Glossário: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <source>Timeline: %1</source>
        <translation>Linha do tempo: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="201"/>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="214"/>
        <source>The handout has no articles. Add at least one.</source>
        <translation>O folheto não tem artigos. Adicione pelo menos um.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="220"/>
        <source>There is no article called &quot;%1&quot; in this collection.</source>
        <translation>Não há nenhum artigo chamado &quot;%1&quot; nesta coleção.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="223"/>
        <source>Information about MS</source>
        <translation>Informações sobre a EM</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="233"/>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="263"/>
        <source>Glossary</source>
        <translation>Glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="195"/>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="268"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="289"/>
        <source>There are no questions to print.</source>
        <translation>Não há perguntas para imprimir.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="335"/>
        <source>&quot;%1&quot; could not be printed.</source>
        <translation>Não foi possível imprimir &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="363"/>
        <source>The contents page could not be laid out.</source>
        <translation>Não foi possível montar a página do sumário.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/pdfpipeline.cpp" line="393"/>
        <source>The PDF could not be put together: %1</source>
        <translation>Não foi possível montar o PDF: %1</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::PrintController</name>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="52"/>
        <source>%1 could not be saved: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="373"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="104"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="375"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>As &amp;PDF…</source>
        <translation>Como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="101"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="170"/>
        <source>Print this page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="105"/>
        <source>Save this page as a PDF file, ready to print or email</source>
        <translation>Salvar esta página como arquivo PDF, pronto para imprimir ou enviar por e-mail</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>As &amp;Web Page (HTML)…</source>
        <translation>Como página da &amp;web (HTML)…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="108"/>
        <source>Save this article as one web page file that opens in any browser</source>
        <translation>Salvar este artigo como um único arquivo de página da web, que abre em qualquer navegador</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>As Plain &amp;Text…</source>
        <translation>Como &amp;texto simples…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="109"/>
        <source>Save this article as plain text</source>
        <translation>Salvar este artigo como texto simples</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Make a &amp;Handout…</source>
        <translation>Criar &amp;folheto…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="111"/>
        <source>Put several articles together into a booklet to print or save as PDF</source>
        <translation>Juntar vários artigos em um folheto para imprimir ou salvar em PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <source>Export as PDF</source>
        <translation>Exportar como PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="117"/>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Export as Web Page</source>
        <translation>Exportar como página da web</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="123"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas da web (*.html)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="127"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="135"/>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Export as Plain Text</source>
        <translation>Exportar como texto simples</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="131"/>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="142"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="145"/>
        <source>Paper &amp;Size</source>
        <translation>&amp;Tamanho do papel</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>&amp;A4</source>
        <translation>&amp;A4</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="148"/>
        <source>US &amp;Letter</source>
        <translation>&amp;Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="152"/>
        <source>Print and export on %1 paper</source>
        <translation>Imprimir e exportar em papel %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="297"/>
        <source>Preparing the pages for printing…</source>
        <translation>Preparando as páginas para impressão…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="303"/>
        <source>Cannot print</source>
        <translation>Não é possível imprimir</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="315"/>
        <source>Preparing the handout&apos;s pages…</source>
        <translation>Preparando as páginas do folheto…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="321"/>
        <source>Cannot print the handout</source>
        <translation>Não é possível imprimir o folheto</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="340"/>
        <source>Print Preview – %1</source>
        <translation>Visualização de impressão – %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="341"/>
        <source>Print preview</source>
        <translation>Visualização de impressão</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="343"/>
        <source>%1. Choose Print to send them to a printer.</source>
        <translation>%1. Escolha Imprimir para enviar à impressora.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="374"/>
        <source>Choose a printer and print these pages</source>
        <translation>Escolher uma impressora e imprimir estas páginas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="376"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="378"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="377"/>
        <source>Close the preview without printing</source>
        <translation>Fechar a visualização sem imprimir</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="403"/>
        <source>%1 ready to print.</source>
        <translation>Pronto para imprimir: %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="412"/>
        <source>Saved %1 (%2).</source>
        <translation>Arquivo %1 salvo (%2).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="419"/>
        <source>Cannot save the PDF</source>
        <translation>Não é possível salvar o PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="431"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="464"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="485"/>
        <source>Open an article first.</source>
        <translation>Abra um artigo primeiro.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="437"/>
        <source>Making the PDF…</source>
        <translation>Criando o PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="448"/>
        <location filename="../app/ui/print/printquestions.cpp" line="102"/>
        <source>Another PDF is being made; try again in a moment.</source>
        <translation>Outro PDF está sendo criado; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="451"/>
        <source>Making the handout PDF…</source>
        <translation>Criando o PDF do folheto…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="476"/>
        <location filename="../app/ui/print/printcontroller.cpp" line="494"/>
        <source>Saved %1.</source>
        <translation>Arquivo %1 salvo.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="49"/>
        <source>Your questions take %1</source>
        <translation>Suas perguntas ocupam %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="50"/>
        <source>Your %1 questions do not fit on one page at this text size (%2 pt). They take %3.</source>
        <translation>Suas %1 perguntas não cabem em uma página com este tamanho de texto (%2 pt). Elas ocupam %3.</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="57"/>
        <source>You can go on with %1, or cancel and tick off or delete some questions, or make the text smaller (ticked questions are left out).</source>
        <translation>Você pode continuar com %1, ou cancelar e marcar algumas perguntas como respondidas ou excluí-las, ou diminuir o texto (as perguntas marcadas como respondidas ficam de fora).</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="61"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="80"/>
        <source>Preparing your questions for printing…</source>
        <translation>Preparando suas perguntas para impressão…</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="83"/>
        <source>Cannot print your questions</source>
        <translation>Não é possível imprimir suas perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>Save My Questions as PDF</source>
        <translation>Salvar minhas perguntas em PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="93"/>
        <source>my-questions</source>
        <translation>minhas-perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printquestions.cpp" line="105"/>
        <source>Making the PDF of your questions…</source>
        <translation>Criando o PDF das suas perguntas…</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionDialog</name>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="24"/>
        <source>Your &amp;question:</source>
        <translation>Sua &amp;pergunta:</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="27"/>
        <source>Your question</source>
        <translation>Sua pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="28"/>
        <source>Enter saves it; Shift+Enter starts a new line</source>
        <translation>Enter salva; Shift+Enter começa uma nova linha</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="50"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questiondialog.cpp" line="51"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionOrigin</name>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”: %2</source>
        <translation>De “%1”: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="70"/>
        <source>From “%1”</source>
        <translation>De “%1”</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionorigin.cpp" line="72"/>
        <source>%1 (no longer in the library)</source>
        <translation>%1 (não está mais na biblioteca)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsController</name>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>Add to My &amp;Questions…</source>
        <translation>Adicionar às minhas &amp;perguntas…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="45"/>
        <source>My &amp;Questions</source>
        <translation>Minhas &amp;perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="46"/>
        <source>Print M&amp;y Questions…</source>
        <translation>Imprimir minhas &amp;perguntas…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="47"/>
        <source>Save My Questions as PD&amp;F…</source>
        <translation>Salvar minhas perguntas em P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="50"/>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="53"/>
        <source>Save a question about this passage, heading or word for your next appointment</source>
        <translation>Salvar uma pergunta sobre este trecho, título ou palavra para a sua próxima consulta</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="57"/>
        <source>Show your questions for your next appointment</source>
        <translation>Mostrar suas perguntas para a próxima consulta</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="72"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Imprimir suas perguntas em uma página, em letra grande, com espaço para as respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="74"/>
        <source>Save your questions as a one-page PDF in large print</source>
        <translation>Salvar suas perguntas como um PDF de uma página, em letra grande</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="146"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="161"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="197"/>
        <source>Can you tell me more about %1?</source>
        <translation>Você pode me falar mais sobre %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="199"/>
        <source>Can you tell me more about this?</source>
        <translation>Você pode me falar mais sobre isto?</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="223"/>
        <source>Add to My Questions</source>
        <translation>Adicionar às minhas perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="228"/>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="247"/>
        <source>The question could not be saved.</source>
        <translation>Não foi possível salvar a pergunta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="232"/>
        <source>Added to your questions (the Questions tab).</source>
        <translation>Adicionada às suas perguntas (aba Perguntas).</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionscontroller.cpp" line="243"/>
        <source>Edit Question</source>
        <translation>Editar pergunta</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::QuestionsPane</name>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="60"/>
        <source>Questions to ask at your next appointment.</source>
        <translation>Perguntas para fazer na sua próxima consulta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add question</source>
        <translation>Adicionar pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>Add the question typed above to the end of the list</source>
        <translation>Adicionar a pergunta digitada acima ao final da lista</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="61"/>
        <source>&amp;Add</source>
        <translation>A&amp;dicionar</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="62"/>
        <source>No questions yet. Type one above, or right-click in an article and choose &quot;Add to My Questions&quot;.</source>
        <translation>Ainda não há perguntas. Digite uma acima, ou clique com o botão direito em um artigo e escolha &quot;Adicionar às minhas perguntas&quot;.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move &amp;Up</source>
        <translation>Mover para ci&amp;ma</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="66"/>
        <source>Move the chosen question one place earlier (Ctrl+Up)</source>
        <translation>Mover a pergunta escolhida uma posição para cima (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move Do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="68"/>
        <source>Move the chosen question one place later (Ctrl+Down)</source>
        <translation>Mover a pergunta escolhida uma posição para baixo (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="69"/>
        <source>Change the chosen question&apos;s words (F2)</source>
        <translation>Mudar o texto da pergunta escolhida (F2)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>&amp;Delete</source>
        <translation>Exc&amp;luir</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="70"/>
        <source>Delete the chosen question; you can undo it</source>
        <translation>Excluir a pergunta escolhida; você pode desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>&amp;Open Page</source>
        <translation>Abrir pá&amp;gina</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open page</source>
        <translation>Abrir página</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="71"/>
        <source>Open the page the question came from (Enter)</source>
        <translation>Abrir a página de onde veio a pergunta (Enter)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>&amp;Undo</source>
        <translation>Desfa&amp;zer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="73"/>
        <source>Put the deleted question back (Ctrl+Z)</source>
        <translation>Colocar de volta a pergunta excluída (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="74"/>
        <source>Hide this message; the question stays deleted</source>
        <translation>Ocultar esta mensagem; a pergunta continua excluída</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="75"/>
        <source>Print my questions</source>
        <translation>Imprimir minhas perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="76"/>
        <source>Print your questions on one page in large print, with space for the answers</source>
        <translation>Imprimir suas perguntas em uma página, em letra grande, com espaço para as respostas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Salvar em PDF…</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save my questions as PDF</source>
        <translation>Salvar minhas perguntas em PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="77"/>
        <source>Save the same page as a PDF file</source>
        <translation>Salvar a mesma página como arquivo PDF</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="79"/>
        <source>Tick a question off when it has been answered: ticked ones are left out when you print.</source>
        <translation>Marque uma pergunta quando ela tiver sido respondida: as perguntas marcadas ficam de fora quando você imprime.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="84"/>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="101"/>
        <location filename="../app/ui/questions/questionspane.cpp" line="102"/>
        <source>Type a question</source>
        <translation>Digite uma pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="103"/>
        <source>Enter adds it to the end of the list</source>
        <translation>Enter adiciona a pergunta ao final da lista</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="116"/>
        <source>My questions</source>
        <translation>Minhas perguntas</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="117"/>
        <source>Space ticks a question off, Enter opens its page, F2 edits, Delete deletes, Ctrl+Up and Ctrl+Down move it</source>
        <translation>A barra de espaço marca a pergunta como respondida, Enter abre a página dela, F2 edita, Delete exclui, Ctrl+Up e Ctrl+Down a movem</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="149"/>
        <source>Deleted question</source>
        <translation>Pergunta excluída</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="219"/>
        <source>Ticked off</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="274"/>
        <source>The question could not be saved.</source>
        <translation>Não foi possível salvar a pergunta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="279"/>
        <source>Added to your questions.</source>
        <translation>Adicionada às suas perguntas.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="336"/>
        <source>The question could not be deleted.</source>
        <translation>Não foi possível excluir a pergunta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="340"/>
        <source>Deleted: %1</source>
        <translation>Excluída: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="342"/>
        <source>Question deleted. Undo puts it back.</source>
        <translation>Pergunta excluída. Desfazer a traz de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="352"/>
        <source>The question could not be put back.</source>
        <translation>Não foi possível colocar a pergunta de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="358"/>
        <source>Question put back.</source>
        <translation>A pergunta está de volta.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="378"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” não está mais na biblioteca.</translation>
    </message>
    <message>
        <location filename="../app/ui/questions/questionspane.cpp" line="380"/>
        <source>This question was typed, not added from a page.</source>
        <translation>Esta pergunta foi digitada, não adicionada a partir de uma página.</translation>
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
        <translation>Um pouco mais lenta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="43"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="44"/>
        <source>A little faster</source>
        <translation>Um pouco mais rápida</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="45"/>
        <source>Fast</source>
        <translation>Rápida</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="464"/>
        <source>Listen</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="52"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="53"/>
        <source>&amp;Read aloud</source>
        <translation>Ler em &amp;voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="54"/>
        <source>&amp;Voice</source>
        <translation>V&amp;oz</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="55"/>
        <source>Read aloud</source>
        <translation>Leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="489"/>
        <source>Stop reading aloud (Esc or %1)</source>
        <translation>Parar a leitura em voz alta (Esc ou %1)</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Stop reading aloud</source>
        <translation>Parar a leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="83"/>
        <source>&amp;Speed</source>
        <translation>&amp;Velocidade</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="99"/>
        <source>Read aloud controls</source>
        <translation>Controles da leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="105"/>
        <source>Speed:</source>
        <translation>Velocidade:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="108"/>
        <source>Reading speed</source>
        <translation>Velocidade da leitura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="109"/>
        <source>How fast the voice reads</source>
        <translation>A velocidade com que a voz lê</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="114"/>
        <source>Voice:</source>
        <translation>Voz:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="117"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="118"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="529"/>
        <source>Which voice reads</source>
        <translation>A voz que lê</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="127"/>
        <source>Reading progress</source>
        <translation>Progresso da leitura</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="206"/>
        <source>The article is still opening. Try again in a moment.</source>
        <translation>O artigo ainda está abrindo. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="219"/>
        <source>Starting the voice…</source>
        <translation>Iniciando a voz…</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="230"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="256"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="286"/>
        <source>Read aloud is not available.</source>
        <translation>A leitura em voz alta não está disponível.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="240"/>
        <source>There is no text to read on this page.</source>
        <translation>Não há texto para ler nesta página.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="273"/>
        <source>Sentence %1 of %2</source>
        <translation>Frase %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="299"/>
        <source>Finished reading aloud.</source>
        <translation>Leitura em voz alta concluída.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="360"/>
        <source>Check that speakers or headphones are connected, switched on and not muted, then press Listen to try again.</source>
        <translation>Verifique se os alto-falantes ou fones de ouvido estão conectados, ligados e com o som ativado; depois, pressione Ouvir para tentar de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="364"/>
        <source>Read aloud stopped: no sound could be played.</source>
        <translation>A leitura em voz alta parou: não foi possível tocar nenhum som.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="365"/>
        <source>Read aloud stopped because the voice started the sentence but could not finish it. This computer may have no working sound output.</source>
        <translation>A leitura em voz alta parou porque a voz começou a frase, mas não conseguiu terminá-la. Este computador pode não ter uma saída de som funcionando.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="369"/>
        <source>Read aloud stopped: the voice did not start.</source>
        <translation>A leitura em voz alta parou: a voz não começou.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="370"/>
        <source>Read aloud stopped because the voice did not start speaking. The speech engine may not be working, or this computer may have no working sound output.</source>
        <translation>A leitura em voz alta parou porque a voz não começou a falar. O mecanismo de fala pode não estar funcionando, ou este computador pode não ter uma saída de som funcionando.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="372"/>
        <source>If that does not help:</source>
        <translation>Se isso não resolver:</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="389"/>
        <source>Read aloud is not available</source>
        <translation>A leitura em voz alta não está disponível</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="466"/>
        <source>Read the article aloud, from the selected text or from the top</source>
        <translation>Ler o artigo em voz alta, a partir do texto selecionado ou do início</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="469"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="471"/>
        <source>Pause reading aloud</source>
        <translation>Pausar a leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="474"/>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="476"/>
        <source>Go on reading aloud</source>
        <translation>Continuar a leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="485"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="486"/>
        <source>Close the read aloud bar</source>
        <translation>Fechar a barra de leitura em voz alta</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="504"/>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="518"/>
        <source>Standard voice</source>
        <translation>Voz padrão</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/readaloudcontroller.cpp" line="527"/>
        <source>Voices are listed once the speech engine has started</source>
        <translation>As vozes aparecem na lista depois que o mecanismo de fala é iniciado</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RelatedPanel</name>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="22"/>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="35"/>
        <source>Related items</source>
        <translation>Itens relacionados</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/relatedpanel.cpp" line="36"/>
        <source>Articles related to the open one. Press Enter to open one.</source>
        <translation>Artigos relacionados ao artigo aberto. Pressione Enter para abrir um deles.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::RenderingController</name>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="160"/>
        <source>Page &amp;Drawing</source>
        <translation>&amp;Desenho das páginas</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>&amp;Automatic (recommended)</source>
        <translation>&amp;Automático (recomendado)</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="172"/>
        <source>Use the graphics card when the computer has one</source>
        <translation>Usar a placa de vídeo quando o computador tiver uma</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="173"/>
        <source>Wit&amp;hout the Graphics Card</source>
        <translation>&amp;Sem a placa de vídeo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="174"/>
        <source>Steadier and lighter on computers without a graphics card, such as virtual machines</source>
        <translation>Mais estável e mais leve em computadores sem placa de vídeo, como máquinas virtuais</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>&amp;With the Graphics Card</source>
        <translation>&amp;Com a placa de vídeo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="175"/>
        <source>Always use the graphics card</source>
        <translation>Sempre usar a placa de vídeo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="189"/>
        <source>Pages are now drawn without the graphics card</source>
        <translation>As páginas agora são desenhadas sem a placa de vídeo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="190"/>
        <source>Pages are now drawn with the graphics card</source>
        <translation>As páginas agora são desenhadas com a placa de vídeo</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/renderingcontroller.cpp" line="205"/>
        <source>Myelin will draw pages this way the next time it starts.</source>
        <translation>O Myelin vai desenhar as páginas desta forma na próxima vez que for aberto.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchBox</name>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="11"/>
        <source>Search articles, terms, events</source>
        <translation>Pesquisar artigos, termos, eventos</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="12"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="14"/>
        <source>Type to search articles, glossary terms and timeline events. Results appear as you type; use the Up and Down keys to choose one and Enter to open it.</source>
        <translation>Digite para pesquisar artigos, termos do glossário e eventos da linha do tempo. Os resultados aparecem enquanto você digita; use as setas para cima e para baixo para escolher um e Enter para abri-lo.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchbox.cpp" line="16"/>
        <source>Search articles, glossary terms and timeline events (Ctrl+K)</source>
        <translation>Pesquisar artigos, termos do glossário e eventos da linha do tempo (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchController</name>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="101"/>
        <source>&amp;Search…</source>
        <translation>Pe&amp;squisar…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="104"/>
        <source>Search articles, glossary terms and timeline events</source>
        <translation>Pesquisar artigos, termos do glossário e eventos da linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="107"/>
        <source>&amp;Find in This Page…</source>
        <translation>&amp;Localizar nesta página…</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="110"/>
        <source>Find words in the open page</source>
        <translation>Localizar palavras na página aberta</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="113"/>
        <source>Find &amp;Next</source>
        <translation>Localizar pró&amp;xima</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="115"/>
        <source>Go to the next match in the page</source>
        <translation>Ir para a próxima ocorrência na página</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="121"/>
        <source>Find &amp;Previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="123"/>
        <source>Go to the previous match in the page</source>
        <translation>Ir para a ocorrência anterior na página</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="194"/>
        <source>Search is not available: %1</source>
        <translation>A pesquisa não está disponível: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="208"/>
        <location filename="../app/ui/search/searchcontroller.cpp" line="403"/>
        <source>No page has all of these words. Pages with some of them:</source>
        <translation>Nenhuma página tem todas estas palavras. Páginas com algumas delas:</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="219"/>
        <source>Show all results for %1</source>
        <translation>Mostrar todos os resultados para %1</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="224"/>
        <source>No results for %1. Check the spelling, or try fewer or other words.</source>
        <translation>Nenhum resultado para %1. Confira a ortografia ou tente menos palavras ou outras palavras.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="348"/>
        <source>“%1” is no longer in the library.</source>
        <translation>“%1” não está mais na biblioteca.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="367"/>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="368"/>
        <source>Glossary terms</source>
        <translation>Termos do glossário</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="369"/>
        <source>Timeline events</source>
        <translation>Eventos da linha do tempo</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="379"/>
        <source>%1 or more</source>
        <translation>%1 ou mais</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="380"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="388"/>
        <source>Your notes and questions (%1)</source>
        <translation>Suas notas e perguntas (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchcontroller.cpp" line="410"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchPopup</name>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="25"/>
        <location filename="../app/ui/search/searchpopup.cpp" line="36"/>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchpopup.cpp" line="37"/>
        <source>Use the Up and Down keys in the search field to choose, Enter to open.</source>
        <translation>Use as setas para cima e para baixo no campo de pesquisa para escolher, e Enter para abrir.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultDelegate</name>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="78"/>
        <source>More in the glossary →</source>
        <translation>Mais no glossário →</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultdelegate.cpp" line="86"/>
        <source>Did you mean: &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>Você quis dizer: &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsModel</name>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="29"/>
        <source>Your question</source>
        <translation>Sua pergunta</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your note</source>
        <translation>Sua nota</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="31"/>
        <source>Your highlight</source>
        <translation>Seu destaque</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="43"/>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="79"/>
        <source>in “%1”</source>
        <translation>em “%1”</translation>
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
        <translation>Definição: %1. %2 Mais no glossário.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="83"/>
        <source>Did you mean: %1?</source>
        <translation>Você quis dizer: %1?</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultsmodel.cpp" line="96"/>
        <source>Definition</source>
        <translation>Definição</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SearchResultsPanel</name>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="17"/>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="30"/>
        <source>All search results</source>
        <translation>Todos os resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="20"/>
        <source>Search results summary</source>
        <translation>Resumo dos resultados da pesquisa</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="32"/>
        <source>Articles, glossary terms, timeline events and your own notes and questions. Press Enter to open one.</source>
        <translation>Artigos, termos do glossário, eventos da linha do tempo e suas próprias notas e perguntas. Pressione Enter para abrir um deles.</translation>
    </message>
    <message>
        <location filename="../app/ui/search/searchresultspanel.cpp" line="47"/>
        <source>No results for “%1”.</source>
        <translation>Nenhum resultado para “%1”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ui/search/searchresultspanel.cpp" line="49"/>
        <source>%n results for “%1”</source>
        <translation>
            <numerusform>%n resultado para “%1”</numerusform>
            <numerusform>%n resultados para “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SidePanes</name>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="43"/>
        <location filename="../app/ui/shell/sidepanes.cpp" line="45"/>
        <source>Side panes</source>
        <translation>Painéis laterais</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="53"/>
        <source>Side pane</source>
        <translation>Painel lateral</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="54"/>
        <source>Choose what is shown beside the article.</source>
        <translation>Escolha o que aparece ao lado do artigo.</translation>
    </message>
    <message>
        <location filename="../app/ui/shell/sidepanes.cpp" line="93"/>
        <source>Shows the %1 pane beside the article.</source>
        <translation>Mostra o painel %1 ao lado do artigo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::SpeechBackend</name>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="87"/>
        <source>Read aloud needs a speech engine, and none is installed.</source>
        <translation>A leitura em voz alta precisa de um mecanismo de fala, e nenhum está instalado.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="90"/>
        <source>Read aloud needs the speech engine &quot;%1&quot;, which is not installed.</source>
        <translation>A leitura em voz alta precisa do mecanismo de fala &quot;%1&quot;, que não está instalado.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="96"/>
        <source>The speech engine could not start (%1).</source>
        <translation>Não foi possível iniciar o mecanismo de fala (%1).</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="100"/>
        <source>The speech engine has no voices to read with.</source>
        <translation>O mecanismo de fala não tem vozes para ler.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="157"/>
        <source>The voice could not be played%1: this computer may have no working sound output. Check that speakers or headphones are connected, switched on and not muted, then start Myelin again.</source>
        <translation>Não foi possível tocar a voz%1: este computador pode não ter uma saída de som funcionando. Verifique se os alto-falantes ou fones de ouvido estão conectados, ligados e com o som ativado; depois, abra o Myelin de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/qtspeechbackend.cpp" line="163"/>
        <source>The speech engine stopped with an error%1.</source>
        <translation>O mecanismo de fala parou com um erro%1.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="35"/>
        <source>This copy of Myelin was built without read aloud, because Qt TextToSpeech was missing when it was built. To build it with read aloud, install qt6-speech-dev, then %1</source>
        <translation>Esta cópia do Myelin foi compilada sem leitura em voz alta, porque o Qt TextToSpeech não estava disponível na compilação. Para compilá-la com leitura em voz alta, instale o qt6-speech-dev e depois siga esta orientação: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="72"/>
        <source>Check that Windows has a voice for your language (Settings &gt; Time &amp; language &gt; Speech), then start Myelin again.</source>
        <translation>Verifique se o Windows tem uma voz para o seu idioma (Configurações &gt; Hora e idioma &gt; Fala) e abra o Myelin de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="77"/>
        <source>Check that macOS has a voice for your language (System Settings &gt; Accessibility &gt; Spoken Content &gt; System voice), then start Myelin again.</source>
        <translation>Verifique se o macOS tem uma voz para o seu idioma (Ajustes do Sistema &gt; Acessibilidade &gt; Conteúdo Falado &gt; Voz do Sistema) e abra o Myelin de novo.</translation>
    </message>
    <message>
        <location filename="../app/ui/comfort/speechbackend.cpp" line="82"/>
        <source>Install speech-dispatcher and espeak-ng (on Debian or Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin), then start Myelin again.</source>
        <translation>Instale o speech-dispatcher e o espeak-ng (no Debian ou Ubuntu: sudo apt install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng qt6-speech-speechd-plugin) e abra o Myelin de novo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::UpdateController</name>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="59"/>
        <source>&amp;Update Content…</source>
        <translation>&amp;Atualizar conteúdo…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="61"/>
        <source>Install a content update (.myelinpack file) from a USB stick, an email or a download</source>
        <translation>Instalar uma atualização de conteúdo (arquivo .myelinpack) de um pen drive, de um e-mail ou de um download</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="66"/>
        <source>Update Content</source>
        <translation>Atualizar conteúdo</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="67"/>
        <source>Myelin content updates (*.%1)</source>
        <translation>Atualizações de conteúdo do Myelin (*.%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="72"/>
        <source>&amp;Go Back to Previous Content…</source>
        <translation>&amp;Voltar ao conteúdo anterior…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="74"/>
        <source>Undo the last content update and show the content used before it</source>
        <translation>Desfazer a última atualização de conteúdo e mostrar o conteúdo usado antes dela</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="77"/>
        <source>&amp;What&apos;s New in the Content</source>
        <translation>&amp;Novidades no conteúdo</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="79"/>
        <source>List the articles the last content update added, changed and removed</source>
        <translation>Listar os artigos que a última atualização de conteúdo adicionou, alterou e removeu</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="110"/>
        <source>Content update not used</source>
        <translation>Atualização de conteúdo não usada</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Go Back to Older Content?</source>
        <translation>Voltar a um conteúdo mais antigo?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="154"/>
        <source>Install Content Update?</source>
        <translation>Instalar a atualização de conteúdo?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="155"/>
        <source>This pack holds content version %1, which is not newer than the content you have (%2). Articles corrected since then will go back to their older text.</source>
        <translation>Este pacote contém a versão de conteúdo %1, que não é mais nova que o conteúdo que você tem (%2). Os artigos corrigidos desde então voltarão ao texto antigo.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="158"/>
        <source>Install content version %1, reviewed up to %2?</source>
        <translation>Instalar a versão de conteúdo %1, revisada até %2?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="162"/>
        <source>Collection: %1</source>
        <translation>Coleção: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="163"/>
        <source>Signed by: %1 (key %2). The signature was checked.</source>
        <translation>Assinado por: %1 (chave %2). A assinatura foi verificada.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="166"/>
        <source>Since version %1: %2 new, %3 changed and %4 removed articles.</source>
        <translation>Desde a versão %1: %2 artigos novos, %3 alterados e %4 removidos.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="172"/>
        <source>You now have version %1 (%2). You can go back to it later (File &gt; Go Back to Previous Content). Your bookmarks, notes and settings are not changed.</source>
        <translation>Agora você tem a versão %1 (%2). Você poderá voltar a ela depois (Arquivo &gt; Voltar ao conteúdo anterior). Seus favoritos, notas e configurações não serão alterados.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>New:</source>
        <translation>Novos:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="180"/>
        <source>Changed:</source>
        <translation>Alterados:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="181"/>
        <source>Removed:</source>
        <translation>Removidos:</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Go Back to Version %1</source>
        <translation>Voltar à versão %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="189"/>
        <source>Install Update</source>
        <translation>Instalar atualização</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="191"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="199"/>
        <source>Checking the content update %1…</source>
        <translation>Verificando a atualização de conteúdo %1…</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="210"/>
        <source>Content update refused</source>
        <translation>Atualização de conteúdo recusada</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="214"/>
        <source>The content was not changed.</source>
        <translation>O conteúdo não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="219"/>
        <source>The content update %1 could not be installed, and the content was not changed: %2</source>
        <translation>Não foi possível instalar a atualização de conteúdo %1, e o conteúdo não foi alterado: %2</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="222"/>
        <source>Content update failed</source>
        <translation>A atualização de conteúdo falhou</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="237"/>
        <source>content version %1 (%2)</source>
        <translation>a versão de conteúdo %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="238"/>
        <source>the content that came with Myelin</source>
        <translation>o conteúdo que veio com o Myelin</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="239"/>
        <source>Go back to %1? The update in use now is removed; your bookmarks, notes and settings are not changed.</source>
        <translation>Voltar para %1? A atualização em uso agora será removida; seus favoritos, notas e configurações não serão alterados.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="246"/>
        <source>Go Back to Previous Content?</source>
        <translation>Voltar ao conteúdo anterior?</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="254"/>
        <source>Could not go back to the previous content: %1</source>
        <translation>Não foi possível voltar ao conteúdo anterior: %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/updatecontroller.cpp" line="256"/>
        <source>Content not changed</source>
        <translation>Conteúdo não alterado</translation>
    </message>
</context>
<context>
    <name>Myelin::Ui::WhatsNewDialog</name>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="26"/>
        <source>reviewed %1</source>
        <translation>revisado em %1</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="40"/>
        <source>The content is now version %1.</source>
        <translation>O conteúdo agora está na versão %1.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="41"/>
        <source>The content was updated from version %1 to version %2.</source>
        <translation>O conteúdo foi atualizado da versão %1 para a versão %2.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="44"/>
        <source>No article was added, changed or removed.</source>
        <translation>Nenhum artigo foi adicionado, alterado ou removido.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="46"/>
        <source>New articles (%1)</source>
        <translation>Artigos novos (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="47"/>
        <source>Changed articles (%1)</source>
        <translation>Artigos alterados (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="48"/>
        <source>Removed articles (%1)</source>
        <translation>Artigos removidos (%1)</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="56"/>
        <source>What&apos;s New in the Content</source>
        <translation>Novidades no conteúdo</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="58"/>
        <source>The articles the last content update added, changed and removed. Press Tab to move between the articles, Enter to open one.</source>
        <translation>Os artigos que a última atualização de conteúdo adicionou, alterou e removeu. Pressione Tab para passar de um artigo para outro e Enter para abrir um deles.</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="61"/>
        <source>What&apos;s new: the articles added, changed and removed</source>
        <translation>Novidades: os artigos adicionados, alterados e removidos</translation>
    </message>
    <message>
        <location filename="../app/ui/update/whatsnewdialog.cpp" line="70"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::ContentStore</name>
    <message>
        <location filename="../app/update/contentstore.cpp" line="132"/>
        <source>cannot copy %1 to %2.</source>
        <translation>não é possível copiar %1 para %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="144"/>
        <location filename="../app/update/contentstore.cpp" line="260"/>
        <source>cannot write %1 (%2).</source>
        <translation>não é possível gravar %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="160"/>
        <location filename="../app/update/contentstore.cpp" line="391"/>
        <location filename="../app/update/contentstore.cpp" line="455"/>
        <source>cannot rename %1 to %2.</source>
        <translation>não é possível renomear %1 para %2.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="180"/>
        <source>bundled with Myelin</source>
        <translation>que veio com o Myelin</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="182"/>
        <source>from the file given on the command line</source>
        <translation>do arquivo indicado na linha de comando</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>from the update pack %1, installed %2</source>
        <translation>do pacote de atualização %1, instalado em %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="188"/>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="274"/>
        <source>The installed content update cannot be used: its record (%1) is missing or damaged. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>A atualização de conteúdo instalada não pode ser usada: o registro dela (%1) está faltando ou danificado. O Myelin mostra o conteúdo que veio com ele; instale a atualização de novo para usá-la.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="285"/>
        <source>The installed content update (version %1) is missing from %2. Myelin shows the content it came with.</source>
        <translation>A atualização de conteúdo instalada (versão %1) não está em %2. O Myelin mostra o conteúdo que veio com ele.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="303"/>
        <source>The installed content update (version %1) is damaged: its file %2 has changed. Myelin shows the content it came with; install the update again to use it.</source>
        <translation>A atualização de conteúdo instalada (versão %1) está danificada: o arquivo %2 dela foi alterado. O Myelin mostra o conteúdo que veio com ele; instale a atualização de novo para usá-la.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="312"/>
        <source>The installed content update (version %1) cannot be used. Myelin shows the content it came with. %2</source>
        <translation>A atualização de conteúdo instalada (versão %1) não pode ser usada. O Myelin mostra o conteúdo que veio com ele. %2</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="332"/>
        <source>the pack was not checked.</source>
        <translation>o pacote não foi verificado.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="336"/>
        <source>cannot make the folder %1.</source>
        <translation>não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="357"/>
        <source>the copy in %1 does not match the pack (is the disk full or failing?).</source>
        <translation>a cópia em %1 não é igual ao pacote (o disco está cheio ou com defeito?).</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="438"/>
        <source>there is no content update to go back from.</source>
        <translation>não há nenhuma atualização de conteúdo para desfazer.</translation>
    </message>
    <message>
        <location filename="../app/update/contentstore.cpp" line="447"/>
        <source>the previous content (%1) is damaged.</source>
        <translation>o conteúdo anterior (%1) está danificado.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Manifest</name>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="30"/>
        <source>the list &quot;%1&quot; is missing.</source>
        <translation>a lista &quot;%1&quot; está faltando.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="35"/>
        <source>the list &quot;%1&quot; is too long.</source>
        <translation>a lista &quot;%1&quot; é longa demais.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="44"/>
        <source>an entry of the list &quot;%1&quot; is not an article (slug, title, reviewed date).</source>
        <translation>um item da lista &quot;%1&quot; não é um artigo (slug, título, data de revisão).</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="122"/>
        <source>its manifest is too large.</source>
        <translation>o manifesto é grande demais.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="128"/>
        <source>its manifest is not valid JSON.</source>
        <translation>o manifesto não é um JSON válido.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="133"/>
        <source>its manifest is not a Myelin content pack manifest.</source>
        <translation>o manifesto não é um manifesto de pacote de conteúdo do Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="139"/>
        <source>it is a newer kind of content pack (format %1); this Myelin reads format %2. Install a newer Myelin.</source>
        <translation>é um tipo mais novo de pacote de conteúdo (formato %1); este Myelin lê o formato %2. Instale um Myelin mais novo.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="143"/>
        <source>its manifest has an unknown format version.</source>
        <translation>o manifesto tem uma versão de formato desconhecida.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="160"/>
        <source>its manifest has an unknown field &quot;%1&quot;.</source>
        <translation>o manifesto tem um campo desconhecido: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/update/packmanifest.cpp" line="180"/>
        <source>its manifest is incomplete or has a field of the wrong kind.</source>
        <translation>o manifesto está incompleto ou tem um campo do tipo errado.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackCheck</name>
    <message>
        <location filename="../app/update/packcheck.cpp" line="66"/>
        <source>The content pack %1 was not accepted: %2</source>
        <translation>O pacote de conteúdo %1 não foi aceito: %2</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="73"/>
        <source>the signature checker (libsodium) could not start.</source>
        <translation>não foi possível iniciar o verificador de assinaturas (libsodium).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="76"/>
        <source>the file does not exist.</source>
        <translation>o arquivo não existe.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="91"/>
        <source>its signature file has been changed.</source>
        <translation>o arquivo de assinatura dele foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="92"/>
        <source>its signature is damaged: %1</source>
        <translation>a assinatura dele está danificada: %1</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="97"/>
        <source>it is signed with a key this Myelin does not know (key %1). Only packs from the Myelin project, or from a key you chose to trust, can be installed.</source>
        <translation>ele foi assinado com uma chave que este Myelin não conhece (chave %1). Só podem ser instalados pacotes do projeto Myelin ou de uma chave em que você escolheu confiar.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="102"/>
        <source>it is signed with a key that has been withdrawn (%1). Get a newer pack from the Myelin project.</source>
        <translation>ele foi assinado com uma chave que foi revogada (%1). Obtenha um pacote mais novo do projeto Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="107"/>
        <source>its signature does not match its contents: it was changed or damaged after it was signed.</source>
        <translation>a assinatura dele não corresponde ao conteúdo: ele foi alterado ou danificado depois de ser assinado.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="120"/>
        <source>it is made for a newer Myelin (content schema %1; this Myelin reads schema %2). Install a newer Myelin first.</source>
        <translation>ele foi feito para um Myelin mais novo (esquema de conteúdo %1; este Myelin lê o esquema %2). Instale primeiro um Myelin mais novo.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="124"/>
        <source>it is made for an older Myelin (content schema %1; this Myelin reads schema %2).</source>
        <translation>ele foi feito para um Myelin mais antigo (esquema de conteúdo %1; este Myelin lê o esquema %2).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="130"/>
        <source>its database is not the one its manifest describes (the sizes differ).</source>
        <translation>o banco de dados dele não é o que o manifesto descreve (os tamanhos são diferentes).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="136"/>
        <source>no temporary folder could be made to check it in.</source>
        <translation>não foi possível criar uma pasta temporária para verificá-lo.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="145"/>
        <source>its database is not the one its manifest describes (the hashes differ): it was changed or damaged after it was signed.</source>
        <translation>o banco de dados dele não é o que o manifesto descreve (os hashes são diferentes): ele foi alterado ou danificado depois de ser assinado.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="149"/>
        <source>its database fails SQLite&apos;s integrity check (%1).</source>
        <translation>o banco de dados dele não passou na verificação de integridade do SQLite (%1).</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="160"/>
        <source>its database holds content version &quot;%1&quot;, not %2 as its manifest says.</source>
        <translation>o banco de dados dele contém a versão de conteúdo &quot;%1&quot;, e não %2, como diz o manifesto.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="170"/>
        <source>it holds content version %1, which is the version already in use.</source>
        <translation>ele contém a versão de conteúdo %1, que é a versão que já está em uso.</translation>
    </message>
    <message>
        <location filename="../app/update/packcheck.cpp" line="172"/>
        <source>it holds content version %1, which is older than the version in use (%2). Choose to go back if you mean to install older content.</source>
        <translation>ele contém a versão de conteúdo %1, que é mais antiga que a versão em uso (%2). Escolha voltar se você quiser mesmo instalar um conteúdo mais antigo.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PackFile</name>
    <message>
        <location filename="../app/update/packfile.cpp" line="78"/>
        <source>the file is cut short (it ends inside the pack&apos;s list of files).</source>
        <translation>o arquivo está incompleto (ele termina no meio da lista de arquivos do pacote).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="84"/>
        <source>the pack&apos;s entry for %1 is damaged or not where it should be.</source>
        <translation>o item do pacote para %1 está danificado ou fora do lugar.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="89"/>
        <source>%1 in the pack has an impossible size.</source>
        <translation>%1 no pacote tem um tamanho impossível.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="93"/>
        <location filename="../app/update/packfile.cpp" line="200"/>
        <source>the file is cut short (%1 is incomplete).</source>
        <translation>o arquivo está incompleto (%1 está incompleto).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="114"/>
        <location filename="../app/update/packfile.cpp" line="165"/>
        <source>the pack&apos;s entry for %1 is damaged.</source>
        <translation>o item do pacote para %1 está danificado.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="131"/>
        <location filename="../app/update/packfile.cpp" line="186"/>
        <source>the file cannot be read.</source>
        <translation>o arquivo não pode ser lido.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="136"/>
        <source>the file is empty.</source>
        <translation>o arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="137"/>
        <source>it is not a Myelin content pack (it is too short to be one).</source>
        <translation>não é um pacote de conteúdo do Myelin (é curto demais para ser um).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="143"/>
        <source>it is not a Myelin content pack.</source>
        <translation>não é um pacote de conteúdo do Myelin.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="170"/>
        <source>the file is cut short (the end of the pack is missing).</source>
        <translation>o arquivo está incompleto (o final do pacote está faltando).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="174"/>
        <source>the pack has unexpected bytes after its files.</source>
        <translation>o pacote tem bytes inesperados depois dos arquivos.</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="190"/>
        <location filename="../app/update/packfile.cpp" line="205"/>
        <location filename="../app/update/packfile.cpp" line="211"/>
        <location filename="../app/update/packfile.cpp" line="229"/>
        <location filename="../app/update/packfile.cpp" line="249"/>
        <source>cannot write %1 (%2).</source>
        <translation>não é possível gravar %1 (%2).</translation>
    </message>
    <message>
        <location filename="../app/update/packfile.cpp" line="224"/>
        <source>cannot read %1 (%2).</source>
        <translation>não é possível ler %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::PublicKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="152"/>
        <source>it is not a minisign public key (two lines: a comment and the key).</source>
        <translation>não é uma chave pública minisign (duas linhas: um comentário e a chave).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="159"/>
        <source>it is not a minisign public key (the key line is not 56 characters of base64).</source>
        <translation>não é uma chave pública minisign (a linha da chave não tem 56 caracteres em base64).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="163"/>
        <source>it is not an Ed25519 minisign public key.</source>
        <translation>não é uma chave pública minisign Ed25519.</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::SecretKey</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="218"/>
        <source>it is not a minisign secret key file.</source>
        <translation>não é um arquivo de chave secreta minisign.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="225"/>
        <source>it uses an algorithm Myelin does not know (only Ed25519 keys, BLAKE2b checksums and scrypt encryption).</source>
        <translation>usa um algoritmo que o Myelin não conhece (só chaves Ed25519, somas de verificação BLAKE2b e criptografia scrypt).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="234"/>
        <source>the key is encrypted and no password was given.</source>
        <translation>a chave está criptografada e nenhuma senha foi informada.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="241"/>
        <source>the key asks for more memory than a key may need to be decrypted.</source>
        <translation>a chave pede mais memória para ser descriptografada do que uma chave pode pedir.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="248"/>
        <source>the key could not be decrypted (out of memory).</source>
        <translation>não foi possível descriptografar a chave (memória insuficiente).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="269"/>
        <source>the password is wrong, or the key file is damaged.</source>
        <translation>a senha está errada, ou o arquivo da chave está danificado.</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="270"/>
        <source>the key file is damaged (its checksum or key pair does not match).</source>
        <translation>o arquivo da chave está danificado (a soma de verificação ou o par de chaves não confere).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::Signature</name>
    <message>
        <location filename="../app/update/minisign.cpp" line="286"/>
        <source>it is not a minisign signature (four lines).</source>
        <translation>não é uma assinatura minisign (quatro linhas).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="293"/>
        <source>it is not a minisign signature (its comment lines are wrong).</source>
        <translation>não é uma assinatura minisign (as linhas de comentário estão erradas).</translation>
    </message>
    <message>
        <location filename="../app/update/minisign.cpp" line="299"/>
        <source>it is not a minisign Ed25519 signature (a signature line is not valid).</source>
        <translation>não é uma assinatura minisign Ed25519 (uma linha de assinatura não é válida).</translation>
    </message>
</context>
<context>
    <name>Myelin::Update::TrustedKeys</name>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="42"/>
        <source>Cannot read the public key %1: %2</source>
        <translation>Não é possível ler a chave pública %1: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="48"/>
        <source>Cannot use the public key %1: %2</source>
        <translation>Não é possível usar a chave pública %1: %2</translation>
    </message>
    <message>
        <location filename="../app/update/trustedkeys.cpp" line="51"/>
        <source>%1 (key %2, trusted for this run)</source>
        <translation>%1 (chave %2, confiável nesta execução)</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataErase</name>
    <message>
        <location filename="../app/userdata/userdataerase.cpp" line="53"/>
        <source>Nothing was deleted. %1</source>
        <translation>Nada foi excluído. %1</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataExport</name>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="166"/>
        <source>Cannot read your data file %1: %2</source>
        <translation>Não é possível ler o seu arquivo de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataexport.cpp" line="204"/>
        <location filename="../app/userdata/userdataexport.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataImport</name>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="441"/>
        <source>This file is not a Myelin data export.</source>
        <translation>Este arquivo não é uma exportação de dados do Myelin.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="446"/>
        <source>This file is not a Myelin data export: it has no format version.</source>
        <translation>Este arquivo não é uma exportação de dados do Myelin: ele não tem versão de formato.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="451"/>
        <source>This file was exported by a newer version of Myelin (format version %1; this Myelin reads version %2). Nothing was imported.</source>
        <translation>Este arquivo foi exportado por uma versão mais nova do Myelin (versão de formato %1; este Myelin lê a versão %2). Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="482"/>
        <source>Nothing was imported. %1</source>
        <translation>Nada foi importado. %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="510"/>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataimport.cpp" line="516"/>
        <source>%1 is too large to be a Myelin data export.</source>
        <translation>%1 é grande demais para ser uma exportação de dados do Myelin.</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDataProblem</name>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="78"/>
        <source>Your disk is full: this change was not saved; what you saved before is kept. Free some space on the disk that holds your data file %1 and try again.</source>
        <translation>Seu disco está cheio: esta mudança não foi salva; o que você salvou antes foi mantido. Libere espaço no disco onde fica o seu arquivo de dados %1 e tente de novo.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="84"/>
        <source>Your data file %1 cannot be changed (the file or its folder is read-only): this change was not saved; what you saved before is kept.</source>
        <translation>Seu arquivo de dados %1 não pode ser alterado (o arquivo ou a pasta dele é somente leitura): esta mudança não foi salva; o que você salvou antes foi mantido.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="90"/>
        <source>The disk could not write your data file %1 (the disk may be failing or was removed): this change was not saved; what you saved before is kept.</source>
        <translation>O disco não conseguiu gravar o seu arquivo de dados %1 (o disco pode estar com defeito ou ter sido removido): esta mudança não foi salva; o que você salvou antes foi mantido.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="96"/>
        <source>Your data file %1 is damaged: this change was not saved. Restart Myelin: it will set the damaged file aside, unchanged, and start a new one.</source>
        <translation>Seu arquivo de dados %1 está danificado: esta mudança não foi salva. Reinicie o Myelin: ele vai separar o arquivo danificado, sem alterá-lo, e começar um novo.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="102"/>
        <source>Your data file %1 is in use by another program (perhaps another Myelin): this change was not saved; what you saved before is kept. Try again in a moment.</source>
        <translation>Seu arquivo de dados %1 está sendo usado por outro programa (talvez outro Myelin): esta mudança não foi salva; o que você salvou antes foi mantido. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="111"/>
        <source>Cannot save to your data file %1: %2</source>
        <translation>Não é possível salvar no seu arquivo de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="119"/>
        <source>it is a link to a file that does not exist</source>
        <translation>é um link para um arquivo que não existe</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="124"/>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="127"/>
        <source>it is not an ordinary file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdataproblem.cpp" line="130"/>
        <source>Myelin is not allowed to read it</source>
        <translation>o Myelin não tem permissão para lê-lo</translation>
    </message>
</context>
<context>
    <name>Myelin::UserDatabase</name>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="271"/>
        <location filename="../app/userdata/userdatabase.cpp" line="276"/>
        <location filename="../app/userdata/userdatabase.cpp" line="288"/>
        <source>Cannot open your data file %1: %2</source>
        <translation>Não é possível abrir o seu arquivo de dados %1: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="261"/>
        <source>Your data file %1 was written by a newer version of Myelin; it is left untouched.</source>
        <translation>Seu arquivo de dados %1 foi gravado por uma versão mais nova do Myelin; ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="135"/>
        <source>it is damaged</source>
        <translation>está danificado</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="143"/>
        <source>Myelin cannot read your data file %1 (%2) and could not move it aside. It is left as it is, and changes you make now will not be saved.</source>
        <translation>O Myelin não consegue ler o seu arquivo de dados %1 (%2) e não conseguiu colocá-lo de lado. Ele foi deixado como está, e as mudanças que você fizer agora não serão salvas.</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="151"/>
        <source>Myelin could not read your data file (%2), so it has started a new, empty one.

The old file is kept, unchanged, beside the new one. Keep it if you want help to recover what was in it.

Old file: %3
New file: %1</source>
        <translation>O Myelin não conseguiu ler o seu arquivo de dados (%2), por isso começou um novo, vazio.

O arquivo antigo foi mantido, sem alterações, ao lado do novo. Guarde-o se quiser ajuda para recuperar o que havia nele.

Arquivo antigo: %3
Arquivo novo: %1</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="248"/>
        <location filename="../app/userdata/userdatabase.cpp" line="292"/>
        <source>Your data file %1 is damaged: %2</source>
        <translation>Seu arquivo de dados %1 está danificado: %2</translation>
    </message>
    <message>
        <location filename="../app/userdata/userdatabase.cpp" line="309"/>
        <source>Cannot set up your data file %1: %2</source>
        <translation>Não é possível preparar o seu arquivo de dados %1: %2</translation>
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
        <translation>Conteúdo %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="52"/>
        <source>Content %1, reviewed up to %2</source>
        <translation>Conteúdo %1, revisado até %2</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="58"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="59"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (compilado com Qt %2)</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="86"/>
        <source>windows, text, the database connection</source>
        <translation>janelas, texto, a conexão com o banco de dados</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>BSD-style and others</source>
        <translation>estilo BSD e outras</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="87"/>
        <source>shows the articles</source>
        <translation>mostra os artigos</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>public domain</source>
        <translation>domínio público</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="88"/>
        <source>stores the articles</source>
        <translation>armazena os artigos</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="89"/>
        <source>turns the articles&apos; Markdown into pages</source>
        <translation>transforma o Markdown dos artigos em páginas</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="90"/>
        <source>reads the glossary, timeline and quotes</source>
        <translation>lê o glossário, a linha do tempo e as citações</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="91"/>
        <source>checks the articles&apos; HTML</source>
        <translation>verifica o HTML dos artigos</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="92"/>
        <source>puts the pages of printed handouts together</source>
        <translation>monta as páginas dos folhetos impressos</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="93"/>
        <source>checks the signatures of content updates</source>
        <translation>verifica as assinaturas das atualizações de conteúdo</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="129"/>
        <source>from the file %1</source>
        <translation>do arquivo %1</translation>
    </message>
    <message>
        <location filename="../app/core/versioninfo.cpp" line="130"/>
        <source>bundled with Myelin</source>
        <translation>que veio com o Myelin</translation>
    </message>
</context>
<context>
    <name>Myelin::Web</name>
    <message>
        <location filename="../app/web/sandboxcheck.cpp" line="19"/>
        <source>Myelin cannot run as the administrator (root): the part that shows the articles refuses to, to keep the computer safe. Start Myelin as your usual user.</source>
        <translation>O Myelin não pode ser executado como administrador (root): a parte que mostra os artigos se recusa a funcionar assim, para manter o computador seguro. Abra o Myelin com o seu usuário habitual.</translation>
    </message>
</context>
<context>
    <name>PdfComposer</name>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="27"/>
        <source>Myelin&apos;s PDF tools (%1) cannot be loaded: %2. Install Myelin again.</source>
        <translation>Não é possível carregar as ferramentas de PDF do Myelin (%1): %2. Instale o Myelin novamente.</translation>
    </message>
    <message>
        <location filename="../app/export/pdfcomposer.cpp" line="77"/>
        <source>it is version %1, this Myelin needs version %2</source>
        <translation>são da versão %1; este Myelin precisa da versão %2</translation>
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
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="357"/>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <location filename="../app/ui/print/printcontroller.cpp" line="359"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Myelin cannot start</source>
        <translation>O Myelin não pode ser iniciado</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="149"/>
        <source>Myelin: an offline reader about multiple sclerosis.</source>
        <translation>Myelin: um leitor offline sobre esclerose múltipla.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="153"/>
        <source>Show the versions of Myelin, its content and Qt.</source>
        <translation>Mostra as versões do Myelin, do conteúdo e do Qt.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>Open the article &lt;slug&gt;.</source>
        <translation>Abre o artigo &lt;slug&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Read the content database &lt;file&gt;.</source>
        <translation>Lê o banco de dados de conteúdo &lt;file&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>A content update (.myelinpack) to install.</source>
        <translation>Uma atualização de conteúdo (.myelinpack) para instalar.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="108"/>
        <source>Content not changed</source>
        <translation>Conteúdo não alterado</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="49"/>
        <source>The content database %1 holds no articles.</source>
        <translation>O banco de dados de conteúdo %1 não contém artigos.</translation>
    </message>
    <message>
        <location filename="../app/ui/assembly/readerassembly.cpp" line="51"/>
        <source>The content database %1 holds %2 articles but no first page (every article has a parent). Install the content again.</source>
        <translation>O banco de dados de conteúdo %1 contém %2 artigos, mas nenhuma página inicial (todos os artigos têm um artigo pai). Instale o conteúdo novamente.</translation>
    </message>
</context>
</TS>
