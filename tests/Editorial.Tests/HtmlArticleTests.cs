using Editorial.Articles;
using Editorial.Tests.Hygiene;
using Editorial.Tests.Spelling;

namespace Editorial.Tests;

public class HtmlArticleTests
{
    private static List<string> Lines(string text, string path = "a.html") =>
        SpellingCheck.Text(text, "ap", path).Select(SpellingCheck.Line).ToList();

    [Fact]
    public void Html_files_are_read_as_html()
    {
        ArticleFormats.FromPath("story.html").ShouldBe(ArticleFormat.Html);
        ArticleFormats.FromPath("STORY.HTM").ShouldBe(ArticleFormat.Html);
    }

    [Theory]
    [InlineData("<script src=\"/ads.js\"></script>")]
    [InlineData("<textarea class=\"ad--hidden\"></textarea>")]
    [InlineData("<title></title>")]
    [InlineData("<style></style><noscript></noscript><iframe src=\"/x\"></iframe>")]
    public void An_empty_element_of_raw_text_leaves_the_tags_after_it_markup(string empty)
    {
        var article = Article.Parse("a.html", "<html><body>" + empty + "<div class=\"ad ad--epic\"><p>The talks went on.</p></div></body></html>\n");
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["The talks went on."]);
    }

    [Fact]
    public void Prose_is_the_rendered_text_and_scripts_styles_code_and_navigation_are_not()
    {
        var text = "<!DOCTYPE html>\n<html><head><title>Kiev news</title><meta name=\"story\" content=\"talks-2022\">\n"
            + "<script>if (a < b) { kiev = 'the the'; }</script><style>p { color: red }</style></head>\n"
            + "<body><nav><a href=\"/\">Kiev</a></nav>\n<h1>Talks in Kiev</h1>\n"
            + "<p>Officials in <b>Kiev</b> said the talks would resume.</p><pre>Kiev</pre>\n<p><code>kiev</code> ended.</p>\n</body></html>\n";
        var article = Article.Parse("a.html", text);
        article.Metadata["story"].ShouldBe("talks-2022");
        article.Paragraphs.Select(p => (article.GetText(p.Span), p.IsHeading)).ShouldBe(
        [
            ("Talks in Kiev", true),
            ("Officials in Kiev said the talks would resume.", false),
            ("ended.", false),
        ]);
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(
            ["Talks", "in", "Kiev", "Officials", "in", "Kiev", "said", "the", "talks", "would", "resume", "ended"]);
        Lines(text).ShouldBe(
        [
            "a.html(5,14,5,18): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
            "a.html(6,20,6,24): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void Code_in_an_older_page_s_teletype_and_variable_elements_is_not_prose()
    {
        var article = Article.Parse("a.html", "<p>Run <tt>git config --global</tt> with <var>name</var> set.</p>\n");
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Run", "with", "set"]);
    }

    [Fact]
    public void A_page_that_marks_its_copy_with_article_or_main_has_the_rest_for_the_site_s_own()
    {
        // A published page kept whole: the site's header, teasers and "Advertisement" lines stand outside its article.
        const string page = "<html><body><div class=\"masthead\"><p>Harbour Daily</p><p>Continue reading</p></div>\n"
            + "<main><article><h1>Ferry returns to Kiev</h1>\n<p>The ferry sailed at noon.</p>\n"
            + "</article>\n<article><h2>Pier reopens</h2><p>The pier opened on Monday.</p></article></main>\n"
            + "<div class=\"ad\"><p>Advertisement</p></div><div><p>Kiev ferries, all week</p></div></body></html>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(
            ["Ferry returns to Kiev", "The ferry sailed at noon.", "Pier reopens", "The pier opened on Monday."]);
        Lines(page).ShouldBe(["a.html(2,37,2,41): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        // A main that holds the site's rails beside the article: the article is the copy.
        var rails = Article.Parse("a.html", "<main><div class=\"rail\"><p>Most read</p></div><article><p>The ferry sailed.</p></article>"
            + "<div class=\"rail\"><p>Advertisement</p></div></main>\n");
        rails.Paragraphs.Select(p => rails.GetText(p.Span)).ShouldBe(["The ferry sailed."]);
        Article.Parse("a.html", "<div><p>Harbour Daily</p></div><main><p>The ferry sailed.</p></main>\n").Paragraphs.Count.ShouldBe(1);
        // A page that marks no copy is all copy, and an HTML block of a Markdown article is read where it stands.
        Article.Parse("a.html", "<div><p>Harbour Daily</p></div><p>The ferry sailed.</p>\n").Paragraphs.Count.ShouldBe(2);
        var markdown = Article.Parse("a.md", "The pier opened.\n\n<div><p>Advertisement</p></div>\n\n<main><p>The ferry sailed.</p></main>\n");
        markdown.Paragraphs.Select(p => markdown.GetText(p.Span)).ShouldContain("Advertisement");
    }

    [Fact]
    public void An_element_the_page_hides_is_no_copy_and_an_image_s_hidden_attribute_hides_only_the_image()
    {
        const string page = "<p>The ferry sailed at noon.</p>\n<div id=\"gallery-ads\" style=\"display: none;\"><div><p>Advertisement</p></div></div>\n"
            + "<section hidden><p>Kiev timetable</p></section>\n<p>The pier <img src=\"p.jpg\" hidden>opened.</p>\n"
            + "<div hidden=\"until-found\"><p>The crossing took an hour.</p></div>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["The ferry sailed at noon.", "The pier \uFFFCopened.", "The crossing took an hour."]);
    }

    [Fact]
    public void A_footnote_that_pops_up_inside_a_sentence_is_an_object_between_its_words()
    {
        // The note's own sentences would end inside the host sentence ("…comic. He came back. that drew me"), which ED4003
        // would read as a broken sentence. A block of notes under the article is copy.
        const string page = "<p>He came back in a 2008 comic<span class=\"footnote\"><img src=\"b.jpg\">Barry died. He came back.</span> that drew me to him.</p>\n"
            + "<div class=\"footnote\">1. The comic was reprinted.</div>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["He came back in a 2008 comic\uFFFC that drew me to him.", "1. The comic was reprinted."]);
        HygieneRun.File("a.html", page).ShouldBeEmpty();
    }

    [Fact]
    public void An_element_a_css_framework_hides_at_every_width_is_no_copy_and_one_shown_on_a_wide_screen_is()
    {
        // Bootstrap's and Tailwind's hiding classes: a share button's address kept for a script, a menu shown on a click. A
        // class that only contains the word ("hidden-print", "sm-hide") hides nothing here, and "hidden md:table" or
        // "d-none d-md-block" shows the element on a wide screen.
        const string page = "<p>The ferry sailed at noon.</p>\n<div id=\"permalink\" class=\"hidden\">https://example.org/ferry</div>\n"
            + "<ol class=\"dropdown-content hide\"><li>Timetables</li></ol>\n<div class=\"d-none\">Kiev</div>\n"
            + "<p class=\"hidden-print\">The pier opened.</p>\n<p class=\"hidden md:table\">The crossing took an hour.</p>\n"
            + "<p class=\"d-none d-md-block\">The crew rested.</p>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(
            ["The ferry sailed at noon.", "The pier opened.", "The crossing took an hour.", "The crew rested."]);
    }

    [Fact]
    public void A_page_s_section_of_reader_comments_is_no_copy_and_a_class_that_only_names_comments_is()
    {
        // WordPress's comment list and its comment bodies, TypePad's, Disqus's thread: the readers' words. A link's class that counts
        // the comments and a "Comment" section's article are the page's own.
        const string page = "<p>The ferry sailed at noon.</p><p class=\"entry-comments-link\">Crossing notes</p>\n"
            + "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\"><li><div class=\"comment-content\"><p>Great piece..</p></div></li></ol></div>\n"
            + "<section><div class=\"comment-body\"><p>Lovely ferry , thanks.</p></div></section>\n<div id=\"disqus_thread\"><p>First!!</p></div>\n"
            + "<div class=\"comments-body jo_roe\"><p>Nice ferry.. thanks.</p></div><div class=\"all_comments\"><p>Great ferry , thanks.</p></div>\n"
            + "<div class=\"comment\"><p>The pier opened.</p></div>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["The ferry sailed at noon.", "Crossing notes", "The pier opened."]);
        HygieneRun.File("a.html", page).ShouldBeEmpty();
    }

    [Fact]
    public void The_article_s_metadata_that_the_page_prints_is_no_copy()
    {
        // GOV.UK's metadata (who published it, when, and a dash to its history) and WordPress's "Posted on … by …".
        const string page = "<div class=\"gem-c-metadata\"><dl><dt class=\"gem-c-metadata__term\">From:</dt><dd><a href=\"/org/harbour\">Harbour Board's Office</a></dd>"
            + "<dt>Last updated</dt><dd>5 May 2021 — <a href=\"#history\">See all updates</a></dd></dl></div>\n"
            + "<div class=\"entry-meta\">Posted on 5 May by Ann Roe</div>\n<p>The ferry’s crew sailed at noon – and the pier opened.</p>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["The ferry’s crew sailed at noon – and the pier opened."]);
        HygieneRun.File("a.html", page).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("<p>Ferry.</p><script>var a = '</div>';</script><p>Kiev.</p>", 42)]
    [InlineData("<p>Ferry.</p><style>p { color: red; }</style><script src=\"a.js\"></script><script/>", 65)]
    [InlineData("<p>Ferry.</p><script>var a = 1;", 21)]
    [InlineData("<p>Ferry.</p><!-- <script> -->Kiev.", 35)]
    public void A_page_is_measured_without_the_content_of_its_scripts_and_styles(string page, int expected)
    {
        // A script's content is raw text up to its end tag, a tag within it included; an empty or self-closing script has none,
        // one never closed runs to the end, and a script tag in a comment opens nothing.
        HtmlLayout.CharactersOutsideScripts(page).ShouldBe(expected);
    }

    [Fact]
    public void A_page_s_dialog_is_no_copy()
    {
        // A cookie consent's settings, with the plugin's own slips in its table of cookies, and a sign-in box: the page's dialogs,
        // shown over the article, not in it. A "dialog" in a class names nothing.
        const string page = "<p>The ferry sailed at noon.</p>\n<div class=\"cli-modal\" id=\"cliSettingsPopup\" role=\"dialog\" aria-hidden=\"true\">"
            + "<table><tr><td>This cookie is set by Youtube to track the ferry pages visted .</td></tr>"
            + "<tr><td>It tracks YouTube users and the pages visited.</td></tr></table></div>\n"
            + "<div role=\"alertdialog\"><p>Sign in to read more</p></div>\n<dialog><p>Subscribe now!!</p></dialog>\n"
            + "<div class=\"dialog\"><p>The pier opened.</p></div>\n";
        var article = Article.Parse("a.html", page);
        article.Paragraphs.Select(p => article.GetText(p.Span)).ShouldBe(["The ferry sailed at noon.", "The pier opened."]);
        HygieneRun.File("a.html", page).ShouldBeEmpty();
    }

    [Fact]
    public void A_site_generator_s_html_page_opens_with_front_matter_whose_keys_are_metadata_and_whose_title_is_the_headline()
    {
        // Jekyll and Hugo process an .html page with front matter as they do a Markdown one; its lists and fences are no dashes.
        var text = "---\ntitle: Ferry Case Study\noutlet: ap\ndetails:\n  - Company: Harbour Lines\n  - Location: Kiev\n---\n\n"
            + "<h2>Challenge</h2>\n<p>The ferry to Kiev sails at noon.</p>\n"
            + "{{< mermaid >}}\ngraph LR;\n  ferry-. Harbour-managed <br> berth .->pier[Pier];\n{{< /mermaid >}}\n";
        var article = Article.Parse("a.html", text);
        article.Metadata["outlet"].ShouldBe("ap");
        article.Paragraphs.Take(3).Select(p => (article.GetText(p.Span), p.IsHeading)).ShouldBe(
        [
            ("Ferry Case Study", true),
            ("Challenge", true),
            ("The ferry to Kiev sails at noon.", false),
        ]);
        // The diagram is code; its shortcode's tags are template tags, no words.
        article.Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(["Ferry", "Case", "Study", "Challenge", "The", "ferry", "to", "Kiev", "sails", "at", "noon"]);
        Lines(text).ShouldBe(["a.html(10,17,10,21): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        // Hugo's TOML front matter is no prose either.
        Article.Parse("a.html", "+++\ntitle = \"Ferry\"\n+++\n<p>The ferry sails.</p>\n").Paragraphs.Count.ShouldBe(1);
    }

    [Fact]
    public void Character_references_are_read_as_their_characters_at_their_places()
    {
        var text = "<p>Don&rsquo;t say AT&amp;T or R&D &#8212; it&#x2019;s Kiev&#8217;s &ldquo;plan&rdquo;.</p>";
        var article = Article.Parse("a.html", text);
        article.Tokens.Select(t => t.Text).ShouldBe(["Don’t", "say", "AT", "&", "T", "or", "R", "&", "D", "—", "it", "’s", "Kiev", "’s", "“", "plan", "”", "."]);
        // A token's span covers its references whole; its text reads as they render.
        article.Text.Substring(article.Tokens[0].Span.Start, article.Tokens[0].Span.Length).ShouldBe("Don&rsquo;t");
        article.Text.Substring(article.Tokens[13].Span.Start, article.Tokens[13].Span.Length).ShouldBe("&#8217;s");
        article.GetText(article.Tokens[0].Span).ShouldBe("Don’t");
        article.Quotations.Single().Span.ShouldBe(Text.TextSpan.FromBounds(text.IndexOf("&ldquo;", StringComparison.Ordinal), text.IndexOf("</p>", StringComparison.Ordinal) - 1));
        Lines(text).ShouldBe(["a.html(1,56,1,60): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
    }

    [Fact]
    public void Words_run_on_across_inline_tags_and_a_fix_that_would_cut_a_tag_is_withheld()
    {
        var text = "<p>Envoys met in K<em>iev</em> and in <i>Kiev</i> on Monday.</p>\r\n<p>Talks went on in Kiev.</p>";
        Lines(text).ShouldBe(
        [
            "a.html(1,18,1,26): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style",
            "a.html(1,42,1,46): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
            "a.html(2,21,2,25): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void A_fix_edits_the_html_source()
    {
        var text = "<h1>Talks</h1>\n<p>Forces shelled the the <a href=\"https://example.org/map\">suburbs</a> on&nbsp;Monday.</p>\n";
        var finding = HygieneRun.File("a.html", text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.html(2,23): ED4005: Repeated word 'the'");
        HygieneRun.ApplyFix(text, finding).ShouldBe("<h1>Talks</h1>\n<p>Forces shelled the <a href=\"https://example.org/map\">suburbs</a> on&nbsp;Monday.</p>\n");
    }

    [Theory]
    [InlineData("a.html", "<p>Shares in RnD spending rose.</p>\n", "<p>Shares in R&amp;D spending rose.</p>\n")]
    [InlineData("a.md", "<div>\nShares in RnD spending rose.\n</div>\n\nRnD spending fell.\n", "<div>\nShares in R&amp;D spending rose.\n</div>\n\nR&D spending fell.\n")]
    public void A_replacement_written_into_html_is_escaped_and_one_in_markdown_text_is_not(string path, string text, string fixedText)
    {
        // A house style that writes research and development as R&D: in HTML its replacement must be a character reference.
        var profiles = Profiles.ProfileSet.Load([new Profiles.ProfileSource("rules/desk.yml",
            "name: desk\nspellings:\n  - preferred: R&D\n    variants: [RnD]\n")], Engine.RuleCatalog.Vocabulary);
        var findings = new Engine.EditorialEngine(profiles).Check([new Engine.ArticleInput(path, text, new Configuration.ArticleSettings(defaultOutlet: "desk"))]);
        var fixedArticle = text;
        foreach (var finding in findings.Where(f => f.Id == "ED1002").OrderByDescending(f => f.Location.Span.Start)) fixedArticle = HygieneRun.ApplyFix(fixedArticle, finding);
        fixedArticle.ShouldBe(fixedText);
    }

    [Fact]
    public void An_image_between_two_words_is_no_repeat_and_its_alt_text_no_word()
    {
        var text = "<p>Forces shelled the <img src=\"a.png\" alt=\"the harbour\"> the suburbs.</p>";
        HygieneRun.File("a.html", text).ShouldBeEmpty();
        Article.Parse("a.html", text).Tokens.Count(t => t.IsWord).ShouldBe(5);
    }

    [Fact]
    public void A_blockquote_is_a_reproduced_document_and_an_html_comment_suppresses()
    {
        var text = "<p>The statement reads:</p><blockquote><p>We will rebuild Kiev.</p></blockquote>\n"
            + "<!-- editorial-disable-next-line ED1002 -->\n<p>Trains left Kiev.</p>\n<p>Trains reached Kiev.</p>";
        var article = Article.Parse("a.html", text);
        article.Paragraphs[1].IsReproduced.ShouldBeTrue();
        // The statement keeps its own spelling, as a quotation does; the comment silences the next line only.
        Lines(text).ShouldBe(["a.html(4,19,4,23): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
    }

    [Fact]
    public void A_table_cell_of_one_block_is_the_table_s_data_and_a_header_cell_is_a_heading_as_in_markdown()
    {
        // Header cells are th, or any cell of thead; the end tags of cells and rows may be left out; a document editor wraps a
        // cell's text in a p. A cell of several blocks, as a page laid out in a table holds its paragraphs, is copy.
        var text = "<p>Crossings today.</p><table><thead><tr><td>Route</td><th>Departs</th></tr></thead>\n"
            + "<tbody><tr><th>North pier<td>09:00\n<tr><td><p>South pier</p></td><td>Sails at noon.<br>Returns at six.</td></tr></tbody></table>\n"
            + "<p>The ferry is full.</p>";
        var article = Article.Parse("a.html", text);
        article.Paragraphs.Select(p => (article.GetText(p.Span), p.IsHeading, p.IsTableCell)).ShouldBe(
        [
            ("Crossings today.", false, false),
            ("Route", true, true), ("Departs", true, true),
            ("North pier", true, true), ("09:00", false, true),
            ("South pier", false, true), ("Sails at noon.", false, false), ("Returns at six.", false, false),
            ("The ferry is full.", false, false),
        ]);
    }

    [Fact]
    public void Text_in_a_markdown_html_block_is_checked_at_its_place()
    {
        var text = "# Talks\n\nThe envoys met.\n\n<div class=\"note\">\nOfficials in <b>Kiev</b> said the the talks&nbsp;resumed.\n</div>\n\n<script>kiev()</script>\n";
        Lines(text, "a.md").ShouldBe(["a.md(6,17,6,21): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv"]);
        var finding = HygieneRun.File("a.md", text).Single();
        HygieneRun.Describe(finding).ShouldBe("a.md(6,35): ED4005: Repeated word 'the'");
        HygieneRun.ApplyFix(text, finding).ShouldContain("said the talks&nbsp;resumed.");
    }

    [Fact]
    public void An_html_block_in_a_markdown_block_quote_reads_without_the_quote_markers()
    {
        var text = "Intro.\n\n> <div>\n> Officials in Kiev said &#8220;no&#8221s.\n> </div>\n";
        var article = Article.Parse("a.md", text);
        article.Tokens.Select(t => t.Text).ShouldBe(["Intro", ".", "Officials", "in", "Kiev", "said", "“", "no", "”", "s", "."]);
        article.Paragraphs[1].IsReproduced.ShouldBeTrue();
    }

    [Fact]
    public void A_pasted_label_in_its_own_paragraph_is_debris_and_its_fix_is_withheld_for_the_tags_around_it()
    {
        // The headline after the label is no link: the link was lost (a label that leads to a link points to it).
        var text = "<p>Talks resumed.</p>\n<p>Read more: <em>Talks go on</em></p><p>Advertisement</p>\n<p>The talks ended.</p>";
        var findings = HygieneRun.File("a.html", text);
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.html(2,4): ED4001: Pasted label 'Read more:' left in the copy",
            "a.html(2,42): ED4001: Pasted label 'Advertisement' left in the copy",
        ]);
        findings.ShouldAllBe(f => f.Fix == null);
    }
}
