// Wraps article texts from public news datasets in minimal article markup, for the judged pages in
// tests/fixtures/real/ (`"wrapped": true` in their meta.json; the README's "Issue 11" section names the
// sources). Run by hand when adding such pages: `node scripts/wrap-texts.mjs <reader> <file> [<site name>]`
// writes the page to stdout; gzip it into `<slug>/source.html.gz`. The news-please reader reproduces the
// fifth round's 16 Giveme5W1H pages byte for byte; the 10kGNAD rows (a lead sentence as title, the rest cut
// into paragraphs of just over 350 characters) were wrapped before this script existed and are not covered.
import { readFileSync } from 'node:fs';

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The page for one text: its title as <title>, og:title and <h1>, then one <p> per paragraph. */
function wrapArticle({ lang, siteName, title, paragraphs }) {
  const t = escapeHtml(title);
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${t}</title>` +
    `<meta property="og:type" content="article"><meta property="og:title" content="${t}">` +
    `<meta property="og:site_name" content="${escapeHtml(siteName)}"></head>\n` +
    `<body><article><h1>${t}</h1>\n` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>\n`).join('') +
    `</article></body></html>\n`
  );
}

const lines = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Markdown to plain paragraphs: images and leftover HTML go, links keep their text, emphasis and list,
 * heading and quote marks go, and so do rules (`* * *`) and other lines without a letter. */
const markdownParagraphs = (markdown) =>
  lines(markdown)
    .filter((line) => !line.startsWith('<'))
    .map((line) =>
      line
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^(?:#+|>|[*-]|\d+\.)\s+/, '')
        .replace(/\*\*|\*|__|\\(?=[.*_#-])/g, '')
        .trim(),
    )
    .filter((line) => /\p{L}/u.test(line));

/** A Hugo post's `title:` from its YAML front matter, quoted or not; a file without one is no post. */
function frontMatterTitle(file, front) {
  const title = front && /^title: *(["']?)(.*?)\1 *$/m.exec(front)?.[2].trim();
  if (!title) throw new Error(`${file}: no front matter title`);
  return title;
}

const readers = {
  /** `opendoccn docs/2401/docs/page.md`: OpenDocCN's Hacker News collections (hackernews-2024-zh before its
   * translation), one Markdown file per linked page: a yml comment, the `# title`, the source line
   * (`> 来源：[url](url)`), then the page's text. The site name is the source's host. */
  opendoccn: (file) => {
    const markdown = readFileSync(file, 'utf8').replace(/^<!--[\s\S]*?-->/, '');
    const source = /^> 来源：\[[^\]]*\]\(([^)]+)\)\s*$/m.exec(markdown);
    const title = /^# (.+)$/m.exec(markdown);
    if (!source || !title) throw new Error(`${file}: no source line or title`);
    const body = markdown.slice(source.index + source[0].length);
    const siteName = new URL(source[1]).hostname.replace(/^www\./, '');
    return [{ lang: 'en', siteName, title: title[1].trim(), paragraphs: markdownParagraphs(body) }];
  },
  /** `news-please page.json "BBC News"`: a news-please extraction (Giveme5W1H's datasets), its own title
   * and its text's lines as paragraphs. */
  'news-please': (file, [siteName]) => {
    const { title, text, language } = JSON.parse(readFileSync(file, 'utf8'));
    return [{ lang: language ?? 'en', siteName, title, paragraphs: lines(text) }];
  },
  /** `lctt "sources/news/20231016 Page.md"`: LCTT/TranslateProject's English originals as collected before
   * translation: header lines (`[#]: via: url`, the source URL; the oldest files name it only in the footer),
   * the title over a `===` rule, the text, then a rule of dashes before the project's footer. Reference-style
   * links (`[text][1]`) keep their text like inline ones, and fenced-code markers go. The site name is the
   * source's host. */
  lctt: (file) => {
    const markdown = readFileSync(file, 'utf8').replaceAll('\r\n', '\n');
    const source = /^(?:\[\^?#\]: )?via: *"?(https?:\/\/[^"\s]+)/m.exec(markdown);
    const title = /^(.+)\n=+[ \t]*$/m.exec(markdown);
    if (!source || !title) throw new Error(`${file}: no source line or title`);
    const start = title.index + title[0].length;
    const footer = /^-{20,}[ \t]*$/m.exec(markdown.slice(start));
    const body = markdown
      .slice(start, footer ? start + footer.index : undefined)
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      .replace(/^[ \t]*```.*$/gm, '');
    const siteName = new URL(source[1]).hostname.replace(/^www\./, '');
    return [{ lang: 'en', siteName, title: title[1].trim(), paragraphs: markdownParagraphs(body) }];
  },
  /** `newnews 2024/07/17/page.md CNN`: the news grabber MmdrzaCo/Latest, one Markdown file per article: the
   * `# title`, a `Published :` line and a `---` rule, then the text. It records no source, so the site name
   * is given. */
  newnews: (file, [siteName]) => {
    const markdown = readFileSync(file, 'utf8');
    const title = /^# (.+)$/m.exec(markdown);
    const rule = /^---[ \t]*$/m.exec(markdown);
    if (!title || !rule) throw new Error(`${file}: no title or rule`);
    const paragraphs = markdownParagraphs(markdown.slice(rule.index + rule[0].length));
    return [{ lang: 'en', siteName, title: title[1].trim(), paragraphs }];
  },
  /** `wikinews "data/train/37082 - Panne bei Amazon.de (2007-01-12).pretty.json"`: the German Wikinews
   * articles of uhh-lt/german-news-quotation-attribution-2024, one JSON file per article: `documentName`
   * is the article's id, title and date, `originalText` its text with one paragraph a line and the wiki's
   * italics marks ('' and ''') left in. */
  wikinews: (file) => {
    const { documentName, originalText } = JSON.parse(readFileSync(file, 'utf8'));
    const title = /^\d+ - (.+) \(\d{4}-\d{2}-\d{2}\)$/.exec(documentName);
    if (!title) throw new Error(`${file}: no title in documentName`);
    const paragraphs = lines(originalText.replace(/'{2,}/g, ''));
    return [{ lang: 'de', siteName: 'Wikinews', title: title[1], paragraphs }];
  },
  /** `privacyguides blog/posts/page.md`: the Privacy Guides blog (privacyguides/privacyguides.org), one
   * Markdown file per article for MkDocs: YAML front matter, the `# title` (older posts give it as the
   * front matter's `title:`), then the text with the site's extensions: admonition heads (`!!! note "Title"`,
   * `??? tip`) go and their indented text stays; attribute lists (`{ align=right }`), icon shortcodes
   * (`:material-eye:`), `==highlight==` marks, footnote marks and inline HTML tags (pull quotes) go, and so
   * do snippet includes (`--8<--`) and abbreviation lines (`*[VPN]: …`); lines that are HTML (image credits)
   * go as in the other Markdown readers. */
  privacyguides: (file) => {
    const [, front = '', markdown] =
      /^(?:---\n([\s\S]*?)\n---\n)?([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
    const heading = /^# (.+)$/m.exec(markdown);
    const title = heading?.[1] ?? /^title: *["']?(.+?)["']?$/m.exec(front)?.[1];
    if (!title) throw new Error(`${file}: no title`);
    const body = markdown
      .slice(heading ? heading.index + heading[0].length : 0)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/^[ \t]*(?:!!!|\?\?\?\+?|--8<--|\*\[).*$/gm, '')
      .replace(/^\[\^[^\]]+\]:.*$/gm, '')
      .replace(/\{[^}\n]*\}/g, '')
      .replace(/:[a-z0-9]+(?:-[a-z0-9]+)+:/g, '')
      .replace(/\[\^[^\]]+\]|==/g, '')
      .replace(/(?!^)<\/?[a-z][^>\n]*>/gm, '');
    return [
      { lang: 'en', siteName: 'Privacy Guides', title: title.trim(), paragraphs: markdownParagraphs(body) },
    ];
  },
  /** `datenanfragen content/de/blog/page/index.md`: the Datenanfragen.de blog (datenanfragen/website), one
   * Hugo Markdown file per article and language (the path's `content/<lang>/`; the English site is
   * datarequests.org): a JSON front matter object (its `title`), then the text. Shortcodes go, but a link keeps
   * its `text`; code blocks, fenced or `<pre>` (raw records quoted as evidence), tables, scripts, styles, forms,
   * footnotes with their marks, heading ids (`{#id}`) and comments go; inline code keeps its text, and the HTML
   * paragraphs of a quoted letter keep theirs without their tags; the `&nbsp;` and `&thinsp;` entities become
   * spaces. */
  datenanfragen: (file) => {
    const source = readFileSync(file, 'utf8');
    const front = /^\{[\s\S]*?\n\}\s*$/m.exec(source);
    if (!front) throw new Error(`${file}: no front matter`);
    const { title } = JSON.parse(front[0]);
    const body = source
      .slice(front.index + front[0].length)
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{\{<\s*link\b[^}]*?\btext="([^"]*)"[^}]*>\}\}/g, '$1')
      .replace(/\{\{<[^}]*>\}\}/g, '')
      .replace(/^[ \t]*```[\s\S]*?^[ \t]*```.*$/gm, '')
      .replace(/<(script|style|svg|form|table|noscript|pre)\b[\s\S]*?<\/\1>/g, '')
      .replace(/^[ \t]*(?:\||\[\^[^\]]+\]:).*$/gm, '')
      .replace(/\[\^[^\]]+\]|\{#[^}\n]*\}|`/g, '')
      .replace(/<\/?[a-z][^>\n]*>/g, '')
      .replace(/&(?:nbsp|thinsp);/g, ' ');
    const lang = /(?:^|\/)content\/([a-z]{2})\//.exec(file)?.[1] ?? 'de';
    const siteName = lang === 'de' ? 'Datenanfragen.de' : 'datarequests.org';
    return [{ lang, siteName, title, paragraphs: markdownParagraphs(body) }];
  },
  /** `okfde content/blog/2018/2018-02-15-openschufa.md [en]`: the blog of the Open Knowledge Foundation
   * Deutschland (okfde/okfn.de), one Hugo Markdown file per post in German unless a language is given:
   * YAML front matter (its `title:`, quoted or not), then Markdown with inline HTML. Embeds (iframes,
   * scripts) go; other tags go but their text stays (embedded tweets, emphasis, links); the entities the
   * posts use become their characters; a nested quote (`>>`) loses its marks as a single one does in the
   * other Markdown readers, and inline code keeps its text. The posts wrap their paragraphs' lines, so a
   * line joins the one before it as in the rendered page, unless the one before is a heading, or the line
   * is blank or starts a list item, a heading or a quote. */
  okfde: (file, [lang = 'de']) => {
    const [, front, markdown] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8').replaceAll('\r\n', '\n')) ?? [];
    const title = frontMatterTitle(file, front);
    const entities = { mdash: '—', ndash: '–', amp: '&', nbsp: ' ', quot: '"' };
    const body = markdown
      .replace(/<(script|iframe)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<\/?[a-z][^>\n]*>/gi, '')
      .replace(/&(mdash|ndash|amp|nbsp|quot);/g, (_, name) => entities[name])
      .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
      .replace(/^>(?=>)/gm, '')
      .replace(/(?<!^[ \t]*#[^\n]*)\n(?![ \t]*(?:$|(?:[#>*+-]|\d+\.)\s))/gm, ' ')
      .replaceAll('`', '');
    return [
      {
        lang,
        siteName: 'Open Knowledge Foundation Deutschland',
        title,
        paragraphs: markdownParagraphs(body),
      },
    ];
  },
  /** `irl content/episodes/2019-02-04-S04E05-the-surveillance-economy.md [de "[a:web]"]`: the episode pages of
   * Mozilla's podcasts, IRL (mozilla/irlpodcast) and, given its language and name, the German [a:web]
   * (mozilla/awebpodcast): one Hugo file per episode whose front matter holds the whole page, its `title:` and
   * the `description:`, `shownotes:` and `transcript:` fields, shown in that order. A field is a literal block
   * scalar (indented Markdown) or a double-quoted string, whose line breaks fold into spaces and whose blank lines
   * part paragraphs as YAML reads them; any other form throws. Line breaks written as HTML (`<br>`) part
   * paragraphs, other tags go but their text stays; the headings the page sets over the show notes and the
   * transcript are the template's, not the episode's. */
  irl: (file, [lang = 'en', siteName = 'IRL Podcast']) => {
    const front = /^\s*---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8').replaceAll('\r\n', '\n'))?.[1];
    const title = frontMatterTitle(file, front);
    const field = (name) => {
      const quoted = new RegExp(`^${name}: *"((?:[^"\\\\]|\\\\[\\s\\S])*)"`, 'm').exec(front);
      if (quoted) {
        return quoted[1]
          .split(/\n[ \t]*\n/)
          .map((part) => part.replace(/[ \t]*\n[ \t]*/g, ' '))
          .join('\n')
          .replace(/\\([\s\S])/g, '$1');
      }
      // A literal block, with or without its chomping indicator (`|-`, `|+`: trailing lines, which the
      // paragraphs drop anyway).
      const block = new RegExp(`^${name}: *(?:\\|[-+]?)?[ \\t]*\\n((?:[ \\t]+.*\\n|[ \\t]*\\n)*)`, 'm').exec(
        `${front}\n`,
      );
      if (block) return block[1];
      // A field written in a form not read here (folded `>`, plain, single-quoted) would be left out unseen.
      if (new RegExp(`^${name}:`, 'm').test(front))
        throw new Error(`${file}: ${name} is not a literal block or a double-quoted string`);
      return '';
    };
    const body = ['description', 'shownotes', 'transcript']
      .map(field)
      .join('\n')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[a-z][^>\n]*>/gi, '');
    return [{ lang, siteName, title, paragraphs: markdownParagraphs(body) }];
  },
  /** `bbc tech/321.txt`: the BBC News dataset's files, a title line and blank-line separated paragraphs. */
  bbc: (file) => {
    const [title, ...paragraphs] = lines(readFileSync(file, 'latin1'));
    return [{ lang: 'en', siteName: 'BBC News', title, paragraphs }];
  },
};

const [kind, file, ...rest] = process.argv.slice(2);
if (kind && file && readers[kind]) {
  for (const page of readers[kind](file, rest)) process.stdout.write(wrapArticle(page));
}
