using Editorial.Articles;
using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Tests.Spelling;

namespace Editorial.Tests;

/// <summary>MDX pages (Docusaurus, Next.js, Astro): the Markdown is prose; ES module lines, JSX tags and expressions are not.</summary>
public class MdxArticleTests
{
    private static List<string> SpellingLines(string text) =>
        SpellingCheck.Text(text, "ap", "a.mdx").Select(SpellingCheck.Line).ToList();

    private static List<string> Check(string text) =>
        new EditorialEngine().Check([new ArticleInput("a.mdx", text, ArticleSettings.Empty)])
            .Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();

    private static List<string> Words(string text) =>
        Article.Parse("a.mdx", text).Tokens.Where(t => t.IsWord).Select(t => t.Text).ToList();

    [Fact]
    public void Mdx_files_are_read_as_mdx()
    {
        ArticleFormats.FromPath("guide.mdx").ShouldBe(ArticleFormat.Mdx);
        ArticleFormats.FromPath("GUIDE.MDX").ShouldBe(ArticleFormat.Mdx);
    }

    [Fact]
    public void Module_lines_tags_their_attributes_expressions_and_code_are_not_prose_and_the_words_between_tags_are()
    {
        const string page = "---\ntitle: Ferry timetable\n---\n"
            + "import Callout from '@site/src/components/Callout';\n"
            + "export const season = {first: 'May', last: 'the Kiev run'};\n\n"
            + "<Callout type=\"warning\" title=\"Kiev\">\n"
            + "  The crossing to Kiev takes an hour.\n"
            + "</Callout>\n\n"
            + "The ferry sails at {season.first} noon, the harbor master said.\n\n"
            + "<Chart rows={[3, 4]} label=\"Kiev > Odesa\" />\n\n"
            + "    Indented text inside a page is prose in Kiev.\n\n"
            + "```jsx\nconst city = <Kiev name={'Kiev'} />;\n```\n\n"
            + "Tickets cost `{price}` at the <Highlight color=\"red\">Kiev</Highlight> pier.\n";
        Words(page).ShouldBe([
            "Ferry", "timetable",
            "The", "crossing", "to", "Kiev", "takes", "an", "hour",
            "The", "ferry", "sails", "at", "noon", "the", "harbor", "master", "said",
            "Indented", "text", "inside", "a", "page", "is", "prose", "in", "Kiev",
            "Tickets", "cost", "at", "the", "Kiev", "pier",
        ]);
        SpellingLines(page).ShouldBe([
            "a.mdx(8,19,8,23): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
            "a.mdx(15,45,15,49): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
            "a.mdx(21,54,21,58): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void A_comment_expression_carries_the_inline_directives_an_html_comment_carries_in_markdown()
    {
        const string page = "{/* editorial-disable-next-line ED1002 */}\nThe talks in Kiev went on.\n\nThe talks in Kiev ended.\n";
        SpellingLines(page).ShouldBe([
            "a.mdx(4,14,4,18): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void A_less_than_sign_with_no_closing_bracket_before_a_blank_line_and_escaped_braces_are_prose()
    {
        Words("The ferry took <forty cars, the captain's log says.\n\nThe fare is \\{ten\\} euros.\n").ShouldBe(
            ["The", "ferry", "took", "forty", "cars", "the", "captain", "'s", "log", "says", "The", "fare", "is", "ten", "euros"]);
    }

    [Fact]
    public void An_expression_that_is_never_closed_is_ED9008_at_its_brace_and_the_text_after_it_is_still_checked()
    {
        Check("The ferry sails at {season.first noon.\n\nThe the crossing takes an hour.\n").ShouldBe([
            "a.mdx(1,20,1,21): ED9008: an MDX expression is not closed: no '}' ends the '{' here, so the text after it was checked as prose",
            "a.mdx(3,5,3,8): ED4005: Repeated word 'the'",
        ]);
    }

    [Fact]
    public void A_markdown_file_keeps_its_braces_and_angle_brackets_as_markdown_reads_them()
    {
        Article.Parse("a.md", "The ferry sails at {noon}.\n").Tokens.Where(t => t.IsWord).Select(t => t.Text).ShouldBe(
            ["The", "ferry", "sails", "at", "noon"]);
    }

    private static List<string> MarkdownWords(string text) =>
        Article.Parse("a.md", text).Tokens.Where(t => t.IsWord).Select(t => t.Text).ToList();

    [Fact]
    public void A_markdown_file_loses_only_the_mdx_comments_that_close_in_their_paragraph_and_keeps_those_in_code()
    {
        // A site that compiles its .md pages as MDX writes heading IDs in comments.
        MarkdownWords("## Ferry timetables {/*ferrytimetables*/}\n\nThe ferry sails at {noon} from `{/*pier*/}` today.\n").ShouldBe(
            ["Ferry", "timetables", "The", "ferry", "sails", "at", "noon", "from", "today"]);
        MarkdownWords("The ferry {/* sails\n\nat noon */} today.\n").ShouldBe(["The", "ferry", "sails", "at", "noon", "today"]);
        MarkdownWords("The ferry {/* sails at noon today.\n").ShouldBe(["The", "ferry", "sails", "at", "noon", "today"]);
        MarkdownWords("```\n{/*pier\n```\n\nThe ferry sails */} today.\n").ShouldBe(["The", "ferry", "sails", "today"]);
    }

    [Fact]
    public void Pages_of_openers_and_directive_lines_are_read_once_and_the_prose_after_them_is_checked()
    {
        // Each opener searches for its closer again only once the last one found is passed: a page of openers with one
        // closer past a blank line costs one search, not one per opener (the same for the blank line). Markdig itself refuses
        // so many emphasis marks in one paragraph: that page is then read as plain text, and says so.
        static List<string> Check(string page) =>
            new EditorialEngine().Check([new ArticleInput("a.md", page, ArticleSettings.Empty)]).Select(d => $"{d.Location.LineSpan}: {d.Id}").ToList();
        Check(string.Concat(Enumerable.Repeat("{/* ", 100_000)) + "\n\n*/}\n\nThe ferry sails at noon , he said.\n").ShouldBe(["(1,1,1,1): ED9008", "(5,25,5,26): ED4003"]);
        Check(string.Concat(Enumerable.Repeat(":pier{\"x\n", 50_000)) + "\nThe ferry sails at noon , he said.\n").ShouldBe(["(50002,25,50002,26): ED4003"]);
    }

    [Fact]
    public void A_markdown_files_mdx_comment_carries_inline_directives()
    {
        const string page = "{/* editorial-disable-next-line ED1002 */}\nThe talks in Kiev went on.\n\nThe talks in Kiev ended.\n";
        SpellingCheck.Text(page, "ap", "a.md").Select(SpellingCheck.Line).ShouldBe([
            "a.md(4,14,4,18): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }
}
