using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Tests.Hygiene;

public class PastedDebrisTests
{
    /// <summary>Every rule's findings on one article, as "path(line,column): ID: message": what debris keeps quiet is
    /// another rule's.</summary>
    private static IEnumerable<string> EveryRule(string path, string text) =>
        new EditorialEngine().Check([new ArticleInput(path, text, ArticleSettings.Empty)]).Select(HygieneRun.Describe);

    [Theory]
    [InlineData("Talks resumed.\nAdvertisement\nThe talks ended.", "a.txt(2,1): ED4001: Pasted label 'Advertisement' left in the copy")]
    [InlineData("Talks resumed.\nRead more: Russia says talks will go on\nThe talks ended.", "a.txt(2,1): ED4001: Pasted label 'Read more:' left in the copy")]
    [InlineData("Talks resumed.\nSign up for our newsletter to get the latest news.\nThe talks ended.", "a.txt(2,1): ED4001: Embed placeholder or prompt 'Sign up for our newsletter' left in the copy")]
    [InlineData("Talks resumed.\nhttps://www.instagram.com/p/CbAbc123/\nThe talks ended.", "a.txt(2,1): ED4001: Bare embed URL 'https://www.instagram.com/p/CbAbc123/' left in the copy")]
    [InlineData("Talks resumed.\nPhoto: Efrem Lukatsky/AP\nThe talks ended.", "a.txt(2,1): ED4001: Photo caption with credit 'Photo: Efrem Lukatsky/AP' left in the copy")]
    [InlineData("Residents shelter in a basement in Kyiv (AP Photo/Efrem Lukatsky)\nThe talks ended.", "a.txt(1,41): ED4001: Photo caption with credit '(AP Photo/Efrem Lukatsky)' left in the copy")]
    [InlineData("Updated: 2022-03-14 Talks resumed on Monday.", "a.txt(1,1): ED4001: CMS metadata 'Updated: 2022-03-14' left in the copy")]
    [InlineData("Talks resumed.\npic.twitter.com/Ab12Cd34\nThe talks ended.", "a.txt(2,1): ED4001: Bare embed URL 'pic.twitter.com/Ab12Cd34' left in the copy")]
    [InlineData("Talks resumed.\nAdvertisement Continue reading the main story\nThe talks ended.",
        "a.txt(2,15): ED4001: Embed placeholder or prompt 'Continue reading the main story' left in the copy")]
    [InlineData("Talks resumed.\nA crowd waits at the station in Lviv. Hide Caption 3 of 12\nThe talks ended.",
        "a.txt(2,1): ED4001: Photo gallery or caption debris 'Hide Caption' left in the copy")]
    [InlineData("Talks resumed.\nEnlarge this image toggle caption Jane Roe/AP Jane Roe/AP\nThe talks ended.",
        "a.txt(2,1): ED4001: Photo gallery or caption debris 'Enlarge this image' left in the copy")]
    [InlineData("Talks resumed.\nImage copyright Reuters Image caption Rescuers searched the rubble overnight\nThe talks ended.",
        "a.txt(2,1): ED4001: Photo gallery or caption debris 'Image copyright' left in the copy")]
    // A placeholder with an apostrophe matches a curly one in the copy; a control without one is found in a line that has one.
    [InlineData("Talks resumed.\nThis post can’t be displayed\nThe talks ended.", "a.txt(2,1): ED4001: Embed placeholder or prompt 'This post can’t be displayed' left in the copy")]
    // A layout's filler text, wherever it stands.
    [InlineData("Talks resumed. Lorem ipsum dolor sit amet, consectetur adipiscing elit.\nThe talks ended.",
        "a.txt(1,16): ED4001: Embed placeholder or prompt 'Lorem ipsum dolor' left in the copy")]
    [InlineData("Talks resumed.\nThe mayor’s office in Lviv. Hide Caption 3 of 12\nThe talks ended.",
        "a.txt(2,1): ED4001: Photo gallery or caption debris 'Hide Caption' left in the copy")]
    [InlineData("Talks resumed.\n4 of 12\nThe talks ended.", "a.txt(2,1): ED4001: Photo gallery counter '4 of 12' left in the copy")]
    [InlineData("Talks resumed.\nPhoto 4 of 12\nThe talks ended.", "a.txt(2,1): ED4001: Photo gallery counter 'Photo 4 of 12' left in the copy")]
    [InlineData("Residents queue for water in Mykolaiv. (Photo: Jane Roe)\nThe talks ended.", "a.txt(1,40): ED4001: Photo caption with credit '(Photo: Jane Roe)' left in the copy")]
    [InlineData("Talks resumed on Monday.\n\nThe talks ended without a deal. Jane Q. Roe is a reporter for the Daily Planet. She covers energy.",
        "a.txt(3,33): ED4001: Author biography 'Jane Q. Roe is a reporter' left in the copy")]
    [InlineData("Talks resumed on Monday.\n\nJohn Doe is the paper’s chief energy correspondent. Follow him on Twitter.",
        "a.txt(3,1): ED4001: Author biography 'John Doe is the paper’s chief energy correspondent' left in the copy")]
    public void Debris_lines_are_reported_at_their_line(string text, string expected)
    {
        HygieneRun.Text(text).Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("The pier reopened.\nPHOTO: https://example.org/uploads/2018/09/pier.jpg\nThe ferries moor there again.")]
    [InlineData("The pier reopened. [Photo: https://example.org/uploads/pier.jpg]\nThe ferries moor there again.")]
    public void A_photo_label_before_an_address_alone_places_an_image_and_credits_no_one(string text) =>
        HygieneRun.Text(text).ShouldBeEmpty();

    [Fact]
    public void A_label_with_nothing_after_its_colon_ends_a_wrapped_sentence_and_credits_no_one()
    {
        // The last line of a hard-wrapped paragraph that leads into a block of code.
        HygieneRun.File("a.html", "<p>First, make a file to hold the ferry's disk\nimage:</p>\n<pre>dd if=/dev/zero of=ferry.img</pre>\n<p>Then mount it.</p>\n")
            .ShouldBeEmpty();
        HygieneRun.File("a.html", "<p>First, make a file to hold the ferry's disk\nImage: Jane Roe</p>\n<p>Then mount it.</p>\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.html(2,1): ED4001: Photo caption with credit 'Image: Jane Roe' left in the copy"]);
    }

    [Fact]
    public void A_line_of_a_hard_wrapped_html_paragraph_that_carries_on_its_sentence_is_no_line_of_its_own()
    {
        // The address sits in the sentence, which goes on after it on the next line.
        HygieneRun.File("a.html", "<p>The harbour's manual is long. If you are curious, visit\nhttps://example.org/harbour/manual-1.4/toc.html\nfor further details.</p>\n")
            .ShouldBeEmpty();
        // After a closed sentence, the address is a line of its own.
        HygieneRun.File("a.html", "<p>The harbour's manual is long.\nhttps://example.org/harbour/manual-1.4/toc.html\nThe ferry sails at noon.</p>\n")
            .Select(HygieneRun.Describe).ShouldBe(["a.html(2,1): ED4001: Bare URL 'https://example.org/harbour/manual-1.4/toc.html' left in the copy"]);
    }

    [Fact]
    public void An_address_a_link_s_text_wraps_onto_the_next_line_is_cited()
    {
        HygieneRun.File("a.html", "<p>The harbour's pages:</p>\n<ul>\n<li><a href=\n\"http://example.org/harbour/Timetable\">http://example.org/harbour/\nTimetable</a> - the timetable page</li>\n</ul>\n")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_prompt_in_a_speaker_s_turn_is_what_the_speaker_says()
    {
        // A transcript's host reads out the show's calls; a label in lower case or of a sentence is no speaker's, and the same
        // prompt on a line of its own is still a widget's.
        const string page = "**Jane Roe:** Thanks for listening. Follow us on Twitter, we're at @ferrycast.\n\n"
            + "**Tom St. Hale**: And follow us on Facebook too.\n\nHOST: Follow us on Instagram for the timetables.\n\n"
            + "**Note:** the ferry sails at noon.\n\nFollow us on Twitter\n";
        HygieneRun.File("a.md", page).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(9,1): ED4001: Embed placeholder or prompt 'Follow us on Twitter' left in the copy"]);
    }

    [Theory]
    // "file:" opens a link to a file on the writer's disk, which leads a reader nowhere; not a "File:" credit of a picture.
    [InlineData("a.md", "The firm signed the deal with the growers on Monday. [Press release](file:///C:/Users/ann/deal.pdf)\n\n"
                        + "The deal runs for two years. ![The growers](C:\\Users\\ann\\growers.jpg)\n", "a.md(1,70)", "a.md(3,45)")]
    // An HTML page's anchor and image, at the address in the tag.
    [InlineData("a.html", "<p>The firm signed the deal on Monday. <a href=\"file:///C:/Users/ann/deal.pdf\">Press release</a></p>\n"
                          + "<p>The deal runs for two years. <img src=\"C:\\Users\\ann\\growers.jpg\" alt=\"Growers\"> <a href=\"https://example.org/pier\">More</a></p>\n",
        "a.html(1,49)", "a.html(2,43)")]
    public void A_link_to_a_file_on_the_writer_s_computer_is_debris(string path, string page, string linkPlace, string imagePlace)
    {
        HygieneRun.File(path, page).Select(HygieneRun.Describe).ShouldBe(
        [
            linkPlace + ": ED4001: Link to a file on the writer's computer 'file:///C:/Users/ann/deal.pdf' left in the copy",
            imagePlace + ": ED4001: Link to a file on the writer's computer 'C:\\Users\\ann\\growers.jpg' left in the copy",
        ]);
    }

    [Fact]
    public void A_link_to_a_page_or_a_relative_path_is_no_debris_and_a_file_scheme_no_credit_label()
    {
        HygieneRun.File("a.md", "The firm signed the deal. [Press release](https://example.org/deal) and [the terms](docs/terms.pdf). ![Growers](growers.jpg)\n")
            .ShouldBeEmpty();
        // "(File: Name/Agency)" is a credit; "(file:///…)" an address.
        HygieneRun.File("a.md", "The firm signed the deal with the growers on Monday. (File: Ann Lee/AFP)\n\nThe deal runs for two years.\n")
            .Select(HygieneRun.Describe).ShouldBe(["a.md(1,54): ED4001: Photo caption with credit '(File: Ann Lee/AFP)' left in the copy"]);
    }

    [Fact]
    public void An_article_that_names_the_filler_text_is_no_filler()
    {
        HygieneRun.Text("Designers once filled pages with Lorem Ipsum. Some still use lorem ipsum to test a layout.").ShouldBeEmpty();
    }

    [Theory]
    // A hard-wrapped Markdown paragraph: the sentence runs on across the line break, so its second line was never pasted alone.
    [InlineData("To change the crossing time, add this line to the project's _ferry.toml_\nfile:\n\n```toml\ncrossing = 45\n```\n")]
    [InlineData("The timetable is kept at the address\nhttps://example.org/ferry/timetable.\n")]
    [InlineData("The sailings are in [the harbour's notice](\nhttps://example.org/notices/ferry).\n")]
    // A link's address on a line of its own in the same Markdown paragraph, after a lead-in or in a list item: cited.
    [InlineData("The new timetable has been published here:\nhttps://example.org/ferry/timetable\n")]
    // A lead-in over several addresses, a line each: the later ones are of the same list.
    [InlineData("The crossing videos can be found here:  \nhttps://www.youtube.com/watch?v=ferry01  \nhttps://www.youtube.com/watch?v=ferry02\n")]
    [InlineData("- The harbour council voted on the night crossing.\n  https://example.org/council/minutes/181\n- The pier reopens in May.\n")]
    // The outlet's credit of the picture it shows over the article, typed at the end as its house style has it.
    [InlineData("The ferry sailed at noon.\n\nFeatured image by Jane Roe/The Harbour Gazette.\n")]
    public void A_line_that_carries_on_the_sentence_before_it_is_no_pasted_line(string page)
    {
        HygieneRun.File("a.md", page).Where(d => d.Id == "ED4001").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a.md", "The quay was rebuilt in May.\n\n![The new quay at dawn](quay.jpg)\n\nPhoto: Jane Roe\n\nThe ferries moor there again.\n")]
    [InlineData("a.md", "The quay was rebuilt in May.\n\n![The new quay at dawn][quay]\n\n_Crews at work on the pier. (Photo: Jane Roe)_\n\n[quay]: quay.jpg\n")]
    [InlineData("a.html", "<p>The quay was rebuilt in May.</p>\n<figure>\n<img src=\"quay.jpg\" alt=\"The new quay\">\n<figcaption>Photo: Jane Roe</figcaption>\n</figure>\n")]
    // A caption wrapped onto lines of the HTML source is one paragraph, under the image's.
    [InlineData("a.html", "<p>The quay was rebuilt in May.</p>\n<p>\n  <img src=\"quay.jpg\" alt=\"The new quay\" />\n</p>\n<p>\n  <em>\n   Crews at work on the pier,\n   May 2015. (Photo: Jane Roe)\n  </em>\n</p>\n")]
    // A short last paragraph that credits an image credits the article's lead image, which the site prints at the top.
    [InlineData("a.md", "The quay was rebuilt in May.\n\nThe ferries moor there again.\n\nImage: Jane Roe\n")]
    [InlineData("a.md", "The quay was rebuilt in May.\n\nThe ferries moor there again.\n\nImage: The new quay\\\nImage credit: Jane Roe\n")]
    public void A_credit_under_the_writers_own_image_is_its_caption(string path, string page)
    {
        HygieneRun.File(path, page).Where(d => d.Id == "ED4001").ShouldBeEmpty();
    }

    [Theory]
    // Without the image, the same line is what a page's caption left: in one article after another of the same profile, the
    // line free under the image is not remembered as free.
    [InlineData("a.md", "The quay was rebuilt in May.\n\nPhoto: Jane Roe\n\nThe ferries moor there again.\n", "a.md(3,1): ED4001: Photo caption with credit 'Photo: Jane Roe' left in the copy")]
    // A code span is an object of its paragraph too, but no picture to credit.
    [InlineData("a.md", "Set the berth with `quay.jpg`\n\nPhoto: Jane Roe\n\nThe ferries moor there again.\n", "a.md(3,1): ED4001: Photo caption with credit 'Photo: Jane Roe' left in the copy")]
    // A caption's sentence that ends with its credit, last in the article, is a page's caption all the same.
    [InlineData("a.txt", "The quay was rebuilt in May.\n\nCrews at work on the pier in May [File: Jane Roe/AFP]\n", "a.txt(3,34): ED4001: Photo caption with credit '[File: Jane Roe/AFP]' left in the copy")]
    // Prose between the image and the credit: the credit stands under that prose.
    [InlineData("a.md", "![The new quay](quay.jpg)\n\nThe ferries moor there again.\n\nPhoto: Jane Roe\n\nThe pier reopened in June.\n", "a.md(5,1): ED4001: Photo caption with credit 'Photo: Jane Roe' left in the copy")]
    // A wrapped caption with prose and no image above it.
    [InlineData("a.html", "<p>The quay was rebuilt in May.</p>\n<p><em>Crews at work on the pier,\n May 2015. (Photo: Jane Roe)</em></p>\n<p>The pier reopened in June.</p>\n", "a.html(3,12): ED4001: Photo caption with credit '(Photo: Jane Roe)' left in the copy")]
    public void A_credit_with_no_image_above_it_is_debris(string path, string page, string expected)
    {
        var underImage = new ArticleInput("b.md", "![The new quay at dawn](quay.jpg)\n\nPhoto: Jane Roe\n", ArticleSettings.Empty);
        HygieneRun.Check(Profiles.ProfileSet.BuiltIn, underImage).Where(d => d.Id == "ED4001").ShouldBeEmpty();
        HygieneRun.File(path, page).Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Fact]
    public void Debris_is_found_again_from_what_the_cross_article_pass_keeps()
    {
        // The cross-article rules report after each article's tokens are released; their findings are checked against the
        // debris again then, which must be found from the text and paragraphs alone (a credit under an image, a credit line).
        var settings = new ArticleSettings(new Dictionary<string, string> { ["editorial.story"] = "ferry" });
        var found = new EditorialEngine().Check([
            new ArticleInput("a.md", "The ferry sailed at noon with 40 passengers, officials said.\n\n![The quay](quay.jpg)\n\nPhoto: Jane Roe\n\nCredit: John Doe/AP\n\nThe crew was paid.\n", settings),
            new ArticleInput("b.md", "The ferry sailed at noon with 45 passengers, officials said.\n", settings),
        ]);
        found.Where(d => d.Id is "ED9000" or "ED4001" or "ED2002").Select(HygieneRun.Describe).Order(StringComparer.Ordinal).ShouldBe([
            "a.md(1,31): ED2002: Conflicting figures for passengers on board in the same story: “40 passengers” here and “45 passengers” in b.md(1,31) cannot both be true (40 vs 45)",
            "a.md(7,1): ED4001: Photo caption with credit 'Credit: John Doe/AP' left in the copy",
            "b.md(1,31): ED2002: Conflicting figures for passengers on board in the same story: “45 passengers” here and “40 passengers” in a.md(1,31) cannot both be true (45 vs 40)",
        ]);
    }

    [Fact]
    public void Each_of_a_stack_of_bare_addresses_is_a_line_of_its_own()
    {
        // An address alone on its line holds no sentence that the next line could carry on: all are reported in one check, not
        // one per fix.
        const string page = "pic.twitter.com/Ab12Cd34\npic.twitter.com/Ef56Gh78\n  pic.twitter.com/Ij90Kl12\n\nThe ferry sailed at noon.\n";
        HygieneRun.File("a.txt", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(1,1): ED4001: Bare embed URL 'pic.twitter.com/Ab12Cd34' left in the copy",
            "a.txt(2,1): ED4001: Bare embed URL 'pic.twitter.com/Ef56Gh78' left in the copy",
            "a.txt(3,3): ED4001: Bare embed URL 'pic.twitter.com/Ij90Kl12' left in the copy",
        ]);
    }

    [Theory]
    // A web address, a label or a counter alone in a table's cell is a value of the table's data, in HTML or in Markdown.
    [InlineData("t.html", "<html><body><p>The table lists the sources.</p><table><tr><th>id</th><th>url</th></tr><tr><td>1</td>"
        + "<td>http://example.com/ferry/timetable-123</td></tr></table></body></html>\n")]
    [InlineData("t.html", "<p>The sailings:</p>\n<table>\n<tr>\n<td>\nhttps://example.org/ferry/north\n</td>\n<td>Advertisement</td>\n<td>3 of 12</td>\n</tr>\n</table>\n")]
    [InlineData("t.md", "The table lists the sources.\n\n| id | url |\n|----|-----|\n| 1 | http://example.com/ferry/timetable-123 |\n")]
    [InlineData("t.md", "The table lists the sources.\n\nurl | note\n--- | ---\nhttp://example.com/ferry/timetable-123 | Advertisement\n")]
    public void A_table_cell_is_data_not_a_line_of_copy(string path, string page)
    {
        HygieneRun.File(path, page).ShouldBeEmpty();
    }

    [Theory]
    // The same address alone in a paragraph is still a bare address, a link the paste lost, as is one on a line of a cell that holds several
    // blocks (a page laid out in a table holds its copy so).
    [InlineData("<html><body><p>The table lists the sources.</p><p>http://example.com/ferry/timetable-123</p></body></html>\n",
        "t.html(1,51): ED4001: Bare URL 'http://example.com/ferry/timetable-123' left in the copy")]
    [InlineData("<table><tr><td><p>The ferry sailed at noon.</p>\n<p>http://example.com/ferry/timetable-123</p></td></tr></table>\n",
        "t.html(2,4): ED4001: Bare URL 'http://example.com/ferry/timetable-123' left in the copy")]
    public void A_web_address_alone_in_a_paragraph_is_still_debris(string page, string expected)
    {
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Theory]
    // A page's footnotes, as kramdown, markdown-it, pandoc and GitHub write them, or marked as notes for assistive technology:
    // a note that gives an address cites its source. An element whose class only contains the word, or a note's marker in the
    // text, holds no notes.
    [InlineData("<div class=\"footnotes\">\n<ol>\n<li id=\"fn:1\"><p>www.example.gov.uk <a href=\"#fnref:1\" class=\"reversefootnote\">↩</a></p></li>\n</ol>\n</div>\n", "")]
    [InlineData("<section class=\"footnotes footnotes-end-of-document\" role=\"doc-endnotes\"><ol><li id=\"fn1\"><p>\nhttp://example.org/ferry/report\n</p></li></ol></section>\n", "")]
    [InlineData("<aside><div role=\"doc-footnote\"><p>https://example.org/ferry</p></div></aside>\n<div role=\"doc-endnote\"><p>https://example.org/ferry</p>\n", "")]
    [InlineData("<div class=\"no-footnotes\"><p>www.example.gov.uk</p></div>\n",
        "t.html(3,30): ED4001: Bare URL 'www.example.gov.uk' left in the copy")]
    public void In_a_page_s_notes_a_web_address_cites_a_source(string notes, string expected)
    {
        var page = "<p>The ferry sailed at noon.<sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote\">1</a></sup></p>\n<p>The crossing took an hour.</p>\n" + notes;
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(expected.Length == 0 ? [] : [expected]);
    }

    [Fact]
    public void The_label_that_opens_a_widget_of_the_page_s_template_is_its_furniture_and_one_pasted_into_the_copy_is_debris()
    {
        // A saved page prints a label over each ad slot and box of related stories, whose class or id says so; the same label
        // as a paragraph of the body, or in an element whose name only contains the letters ("head", "loader"), is what a
        // paste leaves.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<div class=\"inner-ad-wrapper\"><div class=\"disclaimer\">ADVERTISEMENT</div></div>\n"
            + "<div class=\"GoogleDfpAd-adCaption\">Advertisement</div>\n"
            + "<span class=\"adtext\">Advertisement</span>\n"
            + "<h3 class=\"jp-relatedposts-headline\"><em>Related</em></h3>\n"
            + "<a class=\"readmore\" href=\"/pier\">Read more</a>\n"
            + "<p>The crossing took an hour.</p>\n"
            + "<p>Advertisement</p>\n"
            + "<div class=\"loader head\">Advertisement</div>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(8,4): ED4001: Pasted label 'Advertisement' left in the copy",
            "t.html(9,26): ED4001: Pasted label 'Advertisement' left in the copy",
        ]);
    }

    [Fact]
    public void A_page_s_credits_gallery_counters_and_sidebar_widgets_are_its_own()
    {
        // A photo's credit in the page's credit element (its bracket outside the element that holds its words), first in a
        // figure, in a cite element or at the end of a caption (past the caption's icon, on its last line), a gallery's counter or control, a sidebar widget's prompt, a social network's box, a gallery's
        // control that is a link, a call to action, a promoted link, a sign-up box whose prompt follows its first words: the
        // page's. A label in the body is still debris.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<span class=\"credit\">   Photo: Jane Roe, AP</span>\n"
            + "<span class=\"credit\"> (<div class=\"camera\"><span></span>Image: Jane Roe/Agency)</div></span>\n"
            + "<figure><div><noscript></noscript></div><span><span>Image copyright: </span><span>Jane Roe</span></span><figcaption>The pier</figcaption></figure>\n"
            + "<div class=\"caption-full\"><p>The ferry at the quay on Monday. (AP Photo/Jane Roe)</p></div>\n"
            + "<figcaption class=\"caption--main\"><span class=\"icon\"><svg><path d=\"M5 0z\"/></svg></span>\nThe quay at dawn on Tuesday.\nPhotograph: Jane Roe/Agency\n</figcaption>\n"
            + "<div class=\"story\">\n  <cite>Image: <a href=\"https://example.org/roe\">Jane Roe</a></cite>\n</div>\n"
            + "<p class=\"enlarge\">Click to enlarge</p>\n"
            + "<div class=\"inlinegallery-item\"><span class=\"slidecount\">Image 1 of 5</span></div>\n"
            + "<div class=\"count narrow\">2 of 5</div>\n"
            + "<div class=\"widget-9 panel\"><h3>Follow us on Twitter</h3></div>\n"
            + "<h2 class=\"twitter-box__title\">Follow us on Twitter</h2>\n"
            + "<a href=\"/img/quay.jpg\">Enlarge this image</a>\n"
            + "<div class=\"story__cta\">Watch</div>\n"
            + "<div class=\"promotedlink\">Advertisement</div>\n"
            + "<div class=\"signup_box\">\n  More from the Gazette! Sign up for our newsletter\n</div>\n"
            + "<p><strong>Related:</strong> Ferry fares rise again</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
            ["t.html(24,12): ED4001: Pasted label 'Related:' left in the copy"]);
    }

    [Fact]
    public void In_HTML_a_label_that_is_a_link_s_text_or_leads_to_one_points_to_it_and_one_followed_by_text_lost_its_link()
    {
        // A page carries its links: a label inside a link's text, or with only tags and spaces between it and the next link's
        // text, points where it says. The last label is followed by a headline that is no link.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<p><a href=\"/fares\"><span class=\"kicker\">Related: Ferry fares rise again</span></a></p>\n"
            + "<p><strong>READ MORE:</strong> <a href=\"/pier\">The pier reopens</a></p>\n"
            + "<p>Related:</p>\n<ul><li><a href=\"/winter\">Winter sailings</a></li></ul>\n"
            + "<p><a href=\"https://example.org/ferrydesk\">Follow us on Twitter</a></p>\n"
            + "<h3>Follow us on Twitter!</h3><ul><li><a href=\"https://example.org/desk\">@desk</a></li></ul>\n"
            + "<p>The crossing took an hour.</p>\n"
            + "<p><strong>Related:</strong> Ferry fares rise again</p>\n<p>See <a href=\"/harbour\">the harbour</a>.</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
            ["t.html(9,12): ED4001: Pasted label 'Related:' left in the copy"]);
    }

    [Fact]
    public void In_HTML_an_address_that_is_a_link_s_text_is_a_citation_unless_it_is_a_post_s()
    {
        // A list of references links each address by its own text; an author's box links the address after an icon, its end tag
        // on the next line; a card's link runs into the next link's tag. A post's address linked so is still its lost embed,
        // unless the page shortened it for show; one alone in an inline element, without the scheme that would make it the
        // writer's embed, ends at its end tag. A platform's bare host is no post.
        const string page = "<p>The timetable comes from two sources:</p>\n<ul>\n<li>\n<a href=\"https://example.org/ferry/timetable\">https://example.org/ferry/timetable</a>\n</li>\n"
            + "<li><a href=\"https://example.org/ferry/berths\">https://example.org/ferry/berths</a></li>\n</ul>\n"
            + "<p><a href=\"https://twitter.com/ferrydesk/status/123456\">https://twitter.com/ferrydesk/status/123456</a></p>\n"
            + "<div><a href=\"https://example.org/writer\">\n  <i class=\"icon-globe\"></i> https://example.org/writer\n</a></div>\n"
            + "<div><a\n  href=\"https://example.org/out\">example.org/ferry</a><a\n  href=\"https://example.org/out\">Learn more</a></div>\n"
            + "<p><a href=\"https://youtu.be/abcdefghijk\">youtu.be/abcdef...</a></p>\n"
            + "<div>\n<span>twitter.com/ferrydesk/status/654321</span>\n</div>\n"
            + "<p><a href=\"https://facebook.com\">https://facebook.com</a></p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(8,58): ED4001: Bare embed URL 'https://twitter.com/ferrydesk/status/123456' left in the copy",
            "t.html(17,7): ED4001: Bare embed URL 'twitter.com/ferrydesk/status/654321' left in the copy",
        ]);
    }

    [Fact]
    public void In_HTML_a_post_s_address_that_is_its_block_s_whole_text_is_the_writer_s_embed()
    {
        // WordPress stores an embedded post as its address alone in a paragraph or in an embed block's wrapper, and a live
        // blog's entry holds one for its script to embed. Without its scheme, or with the post's words around it in the
        // block, it is what a lost embed left.
        const string page = "<p>The skipper posted a video.</p>\n<p>https://www.youtube.com/watch?v=Ferry12</p>\n"
            + "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\">\nhttps://twitter.com/ferrydesk/status/123456\n</div></figure>\n"
            + "<div class=\"entry\"><h3>The pier reopens</h3>https://www.facebook.com/harbour/posts/42</div>\n"
            + "<p>pic.twitter.com/Ab12Cd34</p>\n"
            + "<p>The ferry is back!\nhttps://twitter.com/ferrycrew/status/123457</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(7,4): ED4001: Bare embed URL 'pic.twitter.com/Ab12Cd34' left in the copy",
            "t.html(9,1): ED4001: Bare embed URL 'https://twitter.com/ferrycrew/status/123457' left in the copy",
        ]);
    }

    [Theory]
    [InlineData("a.html", "<p>The ferry sailed at noon.</p>\n<em>\n<p>jane.roe@example.org</p>\n<p>twitter.com/janeroe</p>\n</em>\n")]
    [InlineData("a.txt", "The ferry sailed at noon.\n\nJane Roe\nwww.twitter.com/janeroe\nhttps://www.facebook.com/jane.roe\nhttp://www.linkedin.com/in/JaneRoe\ntiktok.com/@janeroe\n")]
    public void An_account_s_address_alone_on_its_line_is_a_contact_the_writer_printed_not_a_lost_embed(string path, string page)
    {
        // A reporter's sign-off, a commenter's signature: an account has no post to embed.
        HygieneRun.File(path, page).Where(d => d.Id == "ED4001").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("a.html", "<p>Thanks for your time.\n<br/>Dr. Jane Roe\n<br/>jroe@example.org\n<br/>http://example.org</p>\n")]
    [InlineData("a.txt", "Thanks for your time.\n\nJane Roe\njroe@example.org\nhttps://example.org/ferry\n")]
    public void A_site_s_address_under_an_e_mail_address_is_a_sign_off_s_contact(string path, string page)
    {
        // A letter's signature: a name, an e-mail address and the writer's site, each on its line.
        HygieneRun.File(path, page).Where(d => d.Id == "ED4001").ShouldBeEmpty();
        // Under a line of prose, the same address is what a lost link left.
        HygieneRun.File(path, page.Replace("jroe@example.org", "The ferry sailed at noon.")).Where(d => d.Id == "ED4001").Count().ShouldBe(1);
    }

    [Theory]
    // A post's address: more parts than a handle, a query, a number alone, a picture's file, a host that shortens posts.
    [InlineData("https://twitter.com/janeroe/status/123456")]
    [InlineData("https://www.youtube.com/watch?v=Ferry12")]
    [InlineData("https://vimeo.com/76979871")]
    [InlineData("http://i.imgur.com/Ferry12.jpg")]
    [InlineData("https://youtu.be/Ferry12")]
    [InlineData("https://www.instagram.com/p/Ferry12/")]
    public void A_post_s_address_alone_on_its_line_of_plain_text_is_a_lost_embed(string address)
    {
        HygieneRun.Text($"The ferry sailed at noon.\n{address}\nThe crossing took an hour.").Select(HygieneRun.Describe)
            .ShouldBe([$"a.txt(2,1): ED4001: Bare embed URL '{address}' left in the copy"]);
    }

    [Fact]
    public void In_HTML_a_label_over_an_empty_slot_or_an_embedded_player_is_the_slot_s_and_one_over_text_is_debris()
    {
        // A page prints "Advertisement" over the element its script fills with the ad, found by its id, class or data
        // attribute, whatever the element's name says; "WATCH:" stands over the video's iframe. An empty paragraph is no slot,
        // and neither is an element with text in it.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<div class=\"p-2 text-center\"><div class=\"text-xs uppercase\">Advertisement</div><div data-dfp=\"midArticle\"></div></div>\n"
            + "<h6 class=\"bold\">Advertisement</h6>\n<div class=\"wide\">\n  <div id=\"Content_Mid_Desktop\"></div>\n</div>\n"
            + "<p><strong>WATCH:</strong></p>\n<p><iframe src=\"https://example.org/embed/ferry\"></iframe></p>\n"
            + "<p>Advertisement</p>\n<p></p>\n<p>The crossing took an hour.</p>\n"
            + "<p>Advertisement</p>\n<div class=\"note\">The pier reopens on Monday.</div>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(9,4): ED4001: Pasted label 'Advertisement' left in the copy",
            "t.html(12,4): ED4001: Pasted label 'Advertisement' left in the copy",
        ]);
    }

    [Fact]
    public void In_HTML_a_label_alone_in_an_ad_s_unit_is_the_slot_s_and_one_under_text_is_debris()
    {
        // An ad's unit holds the empty slots its script fills and a label under or over them, with a line that points past the
        // ad: the unit has text, and is no slot, but the slots in it are. A label under a paragraph, or one that runs on into
        // the copy, is not theirs.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<div class=\"sc-bnq\"><div id=\"adspot-banner-2\"></div><div id=\"adspot-mobile-2\"><span></span></div>"
            + "<small class=\"sc-gk\">Advertisement</small></div>\n"
            + "<div class=\"pt16\"><div><p>Advertisement</p><p>Article continues below this ad</p></div><div data-block-type=\"x\" id=\"C1\"></div></div>\n"
            + "<p>The crossing took an hour.</p>\n<div><p>Advertisement</p></div>\n<p>The pier reopens on Monday.</p>\n"
            + "<div id=\"adspot-3\"></div>\n<p>Read more: the ferry's timetable</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(5,9): ED4001: Pasted label 'Advertisement' left in the copy",
            "t.html(8,4): ED4001: Pasted label 'Read more:' left in the copy",
        ]);
    }

    [Fact]
    public void A_label_that_opens_a_heading_is_the_headline_s_kicker_and_one_over_a_paragraph_is_debris()
    {
        const string page = "<h1>WATCH: The mayor opens the ferry pier</h1>\n<p>The ferry sailed at noon.</p>\n"
            + "<h2>Related:</h2>\n<p>Watch: The skipper's first crossing</p>\n<p>The crossing took an hour.</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "t.html(3,5): ED4001: Pasted label 'Related:' left in the copy",
            "t.html(4,4): ED4001: Pasted label 'Watch:' left in the copy",
        ]);
    }

    [Fact]
    public void In_HTML_a_credit_after_an_image_in_the_image_s_own_block_is_its_caption()
    {
        // A carousel's slide holds its image, then a caption and a credit; a card holds its image, its text and then the
        // credit; a figure-less paragraph's image is credited under it. A credit in a block after the image's has none.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "<div class=\"item\"><img src=\"skipper.jpg\" alt=\"\">\n<div>The skipper</div>\n<div class=\"pull-right\">Image: Jane Roe for the Gazette</div>\n</div>\n"
            + "<div class=\"card\">\n<img src=\"pier.jpg\" alt=\"\">\n<p>The pier reopens on Monday after a year of work.</p>\n<p><em>Image: John Doe</em></p>\n</div>\n"
            + "<div><p><img src=\"quay.jpg\" alt=\"\"></p></div>\n<p>The crossing took an hour.</p>\n<p><em>Image: Jane Roe</em></p>\n<p>The pier reopened in June.</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe).ShouldBe(
            ["t.html(13,8): ED4001: Photo caption with credit 'Image: Jane Roe' left in the copy"]);
        // A block the page skips (a nav, a hidden element) is closed by its end tag: an image after it is in no block of it.
        const string afterSkipped = "<nav><p>Home</p></nav>\n<div class=\"hidden\">Menu</div>\n<img src=\"quay.jpg\" alt=\"\">\n"
            + "<p>The ferry sailed at noon.</p>\n<p><em>Image: Jane Roe</em></p>\n<p>The pier reopened in June.</p>\n";
        HygieneRun.File("u.html", afterSkipped).Select(HygieneRun.Describe).ShouldBe(
            ["u.html(5,8): ED4001: Photo caption with credit 'Image: Jane Roe' left in the copy"]);
    }

    [Fact]
    public void In_HTML_a_paragraph_that_holds_only_an_image_sets_it_in_the_block_around_it_whose_next_paragraph_is_its_caption()
    {
        // A page laid out in a table, as sites of the early 2000s were: the picture's cell holds its image in a paragraph of its
        // own, then the caption with its credit.
        const string page = "<table><tr><td><p>The track team ran on Saturday.</p></td>\n"
            + "<td><p><img src=\"team.gif\"></p>\n<p>The team warms up. <br>\n(File Photo/<i>The Harbour Gazette</i>)</p></td></tr></table>\n<p>The meet ends on Sunday.</p>\n";
        HygieneRun.File("t.html", page).Where(d => d.Id == "ED4001").ShouldBeEmpty();
        // A paragraph with words before its image is prose with a picture in it: the paragraph after it is not the picture's.
        const string inProse = "<table><tr><td><p>The track team ran on Saturday.</p></td>\n"
            + "<td><p>The team warms up. <img src=\"team.gif\"></p>\n<p>(File Photo/<i>The Harbour Gazette</i>)</p></td></tr></table>\n<p>The meet ends on Sunday.</p>\n";
        HygieneRun.File("u.html", inProse).Where(d => d.Id == "ED4001").Select(HygieneRun.Describe).ShouldBe(
            ["u.html(3,4): ED4001: Photo caption with credit '(File Photo/The Harbour Gazette)' left in the copy"]);
    }

    [Fact]
    public void A_prompt_or_an_address_in_a_tag_s_attribute_is_no_copy_and_the_same_words_as_text_are_debris()
    {
        // A site's page, as a newsroom's archive may keep it: the prompt is an icon link's title, the address an image's source.
        const string page = "<p>The ferry sailed at noon.</p>\n"
            + "  <a href='https://example.org/harbour' title='Find us on Facebook'><img src='https://example.org/fb.png' alt='Facebook' /></a>\n"
            + "  <a href='https://example.org/pier' title='Follow us on Twitter'><img src='https://example.org/tw.png' alt='Twitter' /></a>\n"
            + "<p>Follow us on Twitter</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe)
            .ShouldBe(["t.html(4,4): ED4001: Embed placeholder or prompt 'Follow us on Twitter' left in the copy"]);
    }

    [Fact]
    public void In_HTML_a_prompt_that_names_the_account_is_the_writer_s_as_in_Markdown()
    {
        // A press release's notes to editors name the office's account; a widget pasted as text says "Follow", not whom.
        const string page = "<p>The ferry sailed at noon.</p>\n<ol><li>The harbour office runs the pier. Follow us on Twitter @harbour_desk</li></ol>\n"
            + "<p>Follow us on Twitter for updates.</p>\n";
        HygieneRun.File("t.html", page).Select(HygieneRun.Describe)
            .ShouldBe(["t.html(3,4): ED4001: Embed placeholder or prompt 'Follow us on Twitter' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_video_in_a_list_of_sources_is_cited_as_the_stories_beside_it_are()
    {
        // The references under a student paper's report: a news story's address and two videos, one to a line. Two posts'
        // addresses and nothing else are still what lost embeds leave.
        const string page = "The tip stinks, residents said.\n\n# References\nhttps://news.example.org/city/tip-fire-2017.html\n"
            + "https://www.youtube.com/watch?v=Tip12\nhttps://www.youtube.com/watch?v=Tip34\n\nThe council met.\n\n"
            + "https://www.youtube.com/watch?v=Tip56\nhttps://twitter.com/tipwatch/status/123456\nThe fire was out.\n";
        HygieneRun.File("a.md", page).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.md(10,1): ED4001: Bare embed URL 'https://www.youtube.com/watch?v=Tip56' left in the copy",
            "a.md(11,1): ED4001: Bare embed URL 'https://twitter.com/tipwatch/status/123456' left in the copy",
        ]);
    }

    [Theory]
    [InlineData("a.md")]
    [InlineData("a.mdx")]
    public void In_Markdown_an_address_alone_on_its_line_is_a_citation_and_a_post_s_alone_in_its_paragraph_an_embed(string path)
    {
        // Markdown renders a bare address as a link, and so does MDX as documentation sites compile it. A post's address alone
        // in its paragraph is what site generators' embed plugins turn into the post; one on a line of a paragraph, or a
        // tweet's photo link with no scheme, is what a lost embed leaves.
        const string page = "The timetable is explained on the council's blog.\n\nhttps://example.org/blog/new-timetable\n\n"
            + "The skipper posted a video.\n\nhttps://www.youtube.com/watch?v=Ferry12\n\npic.twitter.com/Ab12Cd34\n\n"
            + "The rules for crews are on the union's site:\nhttps://example.org/crews/rules\n\n"
            + "The crews cheered.\nhttps://twitter.com/ferrycrew/status/123456\nThe ferry sailed.\n\nhttps://twitter.com/ferrycrew/status/123457";
        HygieneRun.File(path, page).Select(HygieneRun.Describe).ShouldBe(
        [
            $"{path}(9,1): ED4001: Bare embed URL 'pic.twitter.com/Ab12Cd34' left in the copy",
            $"{path}(15,1): ED4001: Bare embed URL 'https://twitter.com/ferrycrew/status/123456' left in the copy",
        ]);
        // Plain text keeps no markup: an address alone on a line there is what an export left of an embed, unless the line
        // before it introduces it (a wire story's "On the Net:").
        HygieneRun.Text("The timetable is explained on the council's blog.\nhttps://example.org/blog/new-timetable\nThe ferry sailed.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Bare URL 'https://example.org/blog/new-timetable' left in the copy"]);
        HygieneRun.Text("The ferry sailed.\n\nOn the Net:\n\nFerry timetables:\n\nhttp://example.org/timetables").Select(HygieneRun.Describe).ShouldBeEmpty();
        // A dash introduces it as a colon does: a column reprinted from another paper, and where to read it there.
        HygieneRun.Text("The ferry sailed.\n\nThis column appeared in the Harbour Gazette. It can be read here –\n\nhttps://example.org/columns/ferry")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        // Every address of a list under the label is introduced by it; "click here" points to the address under it, as plain
        // text cannot link the words.
        HygieneRun.Text("The ferry sailed.\n\nTimetables and fares are available at:\nhttp://example.org/timetables\nhttp://example.org/fares\n  www.example.org/crews\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.Text("The ferry sailed.\n\nClick here to read the skipper's letter.\nhttp://example.org/letter.pdf\n").Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.Text("The ferry sailed.\n\nThe skipper's letter can be downloaded using the link below.\nhttp://example.org/letter.pdf\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        // A video's address the line above points to is the writer's link, where a lost embed's stands under words that never
        // mention one; a colon alone does not tell them apart ("The skipper posted:" over a post that lost its text).
        HygieneRun.Text("The ferry sailed.\n\nTo watch the crossing, please visit the following link:\nhttps://youtu.be/Ferry12\n").Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.Text("The ferry sailed.\n\nThe skipper posted:\nhttps://youtu.be/Ferry12\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(4,1): ED4001: Bare embed URL 'https://youtu.be/Ferry12' left in the copy"]);
        // "Listed below" points to the sites under it too, however the paragraph goes on.
        HygieneRun.Text("The ferry sailed.\n\nFor fares, visit any of the websites listed below. The crews thank you.\n  www.example.org/fares\n  www.example.net/crews\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        // An address that ends with a sentence's full stop is the end of a sentence the writer typed.
        HygieneRun.Text("The ferry sailed.\n\nThe full text of the skipper's letter is online.\nhttp://example.org/letter.pdf.\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        // A short title with no closing mark over two addresses or more is a release's list of the pages it cites.
        HygieneRun.Text("The ferry sailed.\nRelated Links\nhttp://example.org/timetables\nhttp://example.org/fares\nhttp://example.org/crews\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.Text("The ferry sailed.\nhttp://example.org/timetables\nhttp://example.org/fares\n").Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(2,1): ED4001: Bare URL 'http://example.org/timetables' left in the copy",
            "a.txt(3,1): ED4001: Bare URL 'http://example.org/fares' left in the copy",
        ]);
        // A picture's address is the picture a page showed there, introduced or not.
        HygieneRun.Text("The ferry sailed.\n\nThe chart shows the crossings:\n\nhttp://example.org/img/crossings.png").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(5,1): ED4001: Bare URL 'http://example.org/img/crossings.png' left in the copy"]);
        // An address alone on the first line is where the article was published, as a saved page or a wire's archive records
        // it; the same address under the story's first line is a lost link.
        HygieneRun.Text("https://example.org/news/ferry-sails\n\nThe ferry sailed at noon.\n").Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.Text("The ferry sailed at noon.\n\nhttps://example.org/news/ferry-sails\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(3,1): ED4001: Bare URL 'https://example.org/news/ferry-sails' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_label_that_goes_on_with_a_link_the_writer_wrote_is_a_pointer_and_in_plain_text_debris()
    {
        // Text pasted from a page keeps no link markup: a label followed by a link, on its line or over a list of links, or
        // opening a sentence with a link in it, is the writer's. One followed by text alone is still a teaser's label left in
        // the copy.
        const string page = "The ferry timetable changed.\n\nRead more: https://example.org/timetable\n\nRelated:\n\n- [Winter sailings](https://example.org/winter)\n\n"
            + "Read more\n[on the harbour page](https://example.org/harbour).\n\nRelated: Ferry fares rise again\n\n"
            + "Related: we're having the [harbour master](https://example.org/master) on the show.\n\nThe ferry sailed.\n\n"
            + "Read more\nhere:\u00A0<https://example.org/winter>\n\nRead more here: <https://example.org/summer>\n";
        HygieneRun.File("a.md", page).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(12,1): ED4001: Pasted label 'Related:' left in the copy"]);
        HygieneRun.Text("The ferry timetable changed.\nRead more: https://example.org/timetable\nThe ferry sailed.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Pasted label 'Read more:' left in the copy"]);
    }

    [Fact]
    public void Addresses_that_close_the_items_of_a_list_are_the_list_s_links_and_one_in_the_prose_is_a_lost_link()
    {
        // A newsletter's digest, each release's title over its page, and a directory of charities, each entry closing on its
        // site: the writer's list. Two such items, or an address between paragraphs of prose, are what a paste left.
        const string digest = "Harbour Wire: the month's releases\n"
            + "Mayor opens the new ferry pier.\nhttps://example.org/releases/2031/pier.html\n"
            + "Council sets the winter timetable.\nhttps://example.org/releases/2031/timetable.html\n"
            + "Harbour board names a new chair.\nhttps://example.org/releases/2031/chair.html\n";
        HygieneRun.Text(digest).ShouldBeEmpty();
        const string directory = "These groups take donations for the flood victims:\n\nHarbour Aid\n12 Quay Street\nPort Arvel 4410\n555-0100\nwww.harbouraid.example\n\n"
            + "Ferry Relief Fund\nPO Box 44\nPort Arvel 4412\n555-0101\nwww.ferryrelief.example\n\n"
            + "Quayside Mission\n3 Dock Road\nPort Arvel 4410\n555-0102\nwww.quayside.example\n";
        HygieneRun.Text(directory).ShouldBeEmpty();
        const string twoItems = "Harbour Wire\nMayor opens the new ferry pier.\nhttps://example.org/releases/2031/pier.html\n"
            + "Council sets the winter timetable.\nhttps://example.org/releases/2031/timetable.html\n";
        HygieneRun.Text(twoItems).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(3,1): ED4001: Bare URL 'https://example.org/releases/2031/pier.html' left in the copy",
            "a.txt(5,1): ED4001: Bare URL 'https://example.org/releases/2031/timetable.html' left in the copy",
        ]);
        // Lost links between paragraphs of prose, each after a blank line, close no item.
        const string prose = "The pier opens in May.\n\nhttps://example.org/pier\n\nThe ferries will moor there.\n\nhttps://example.org/ferries\n\n"
            + "Fares stay the same.\n\nhttps://example.org/fares\n";
        HygieneRun.Text(prose).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(3,1): ED4001: Bare URL 'https://example.org/pier' left in the copy",
            "a.txt(7,1): ED4001: Bare URL 'https://example.org/ferries' left in the copy",
            "a.txt(11,1): ED4001: Bare URL 'https://example.org/fares' left in the copy",
        ]);
    }

    [Fact]
    public void In_Markdown_a_label_set_as_a_heading_over_the_writer_s_notes_titles_them()
    {
        // A release heads its notes "Read more:", underlined as a heading: the notes are sentences a stop ends. The same heading
        // over a headline, and the label over the same note as a paragraph of its own, are still a related-stories box's.
        const string notes = "The ministry published the report.\n\nRead more:\n----------\n\n"
            + "*   An embargoed copy of the report is attached at the bottom of this page.\n*   The case studies are in the appendix.\n";
        HygieneRun.File("a.md", notes).ShouldBeEmpty();
        const string teaser = "The ministry published the report.\n\nRead more:\n----------\n\nFerry fares rise as fuel costs climb\n\n"
            + "The ferry sailed at noon on Monday after a delay.\n";
        HygieneRun.File("a.md", teaser).Select(HygieneRun.Describe).ShouldBe(["a.md(3,1): ED4001: Pasted label 'Read more:' left in the copy"]);
        const string paragraph = "The ministry published the report.\n\nRead more:\n\nAn embargoed copy of the report is attached at the bottom of this page.\n";
        HygieneRun.File("a.md", paragraph).Select(HygieneRun.Describe).ShouldBe(["a.md(3,1): ED4001: Pasted label 'Read more:' left in the copy"]);
    }

    [Fact]
    public void A_caption_control_s_name_with_a_colon_labels_the_writer_s_caption()
    {
        // No widget prints "Image caption:"; a release's writer labels the caption supplied with the photo so. The control
        // without a colon is still a pasted page's.
        const string page = "The artist won the award.\n\nImage caption: Jane Roe\nPhoto credit: John Doe\n\nImage caption Rescuers searched the rubble overnight\n";
        HygieneRun.Text(page).Select(HygieneRun.Describe).ShouldBe(["a.txt(6,1): ED4001: Photo gallery or caption debris 'Image caption' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_prompt_the_writer_linked_is_the_writer_s_call_and_in_plain_text_debris()
    {
        // The prompt is a link's text, in Markdown or in HTML, or goes on with a link: a widget pasted from a page keeps no
        // link markup. A prompt with no link is still debris.
        const string page = "The ferry timetable changed.\n\n- [Sign up for our newsletter](https://example.org/news)\n- [Follow us on Twitter][desk]\n\n"
            + "We will test more boats: [sign up for our newsletter for the results](https://example.org/news).\n\n"
            + "Please follow us on Twitter [@ferrydesk](https://example.org/desk) for updates.\n\n"
            + "- Follow us on Twitter&nbsp;[@ferrydesk](https://example.org/desk)\n- You can follow us on Twitter here [@ferrydesk](https://example.org/desk)\n"
            + "- Follow us on Twitter via [@ferrydesk](https://example.org/desk) for the timetable\n"
            + "- Follow us on Twitter - [https://example.org/desk](https://example.org/desk)\n- Follow us on Twitter — [@ferrydesk](https://example.org/desk)\n\n"
            + "Or <a href=\"https://example.org/fb\">follow us on Facebook</a> and the blog (<a href=\"https://example.org/b\">here</a>).\n\n"
            + "Sign up for our newsletter to get the latest news.\n\n[desk]: https://example.org/desk\n";
        HygieneRun.File("a.md", page).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(18,1): ED4001: Embed placeholder or prompt 'Sign up for our newsletter' left in the copy"]);
        HygieneRun.Text("The ferry timetable changed.\nPlease follow us on Twitter [@ferrydesk](https://example.org/desk) for updates.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,8): ED4001: Embed placeholder or prompt 'follow us on Twitter' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_prompt_that_names_the_writer_s_handle_is_the_writer_s_call()
    {
        // The handle follows on the prompt's line or on the next line of its paragraph; a widget pasted as text names none.
        HygieneRun.File("a.md",
                "The ferry timetable changed.\n\nWrite to the desk, follow us on Twitter\n@ferry\\_desk, or come to the pier.\n\n"
                + "You can also follow us on Twitter @ferrydesk for updates.\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        // A line break written as two spaces, or as a Windows line end, still goes on with the paragraph.
        HygieneRun.File("a.md",
                "The ferry timetable changed.\r\n\r\nWrite to the desk, follow us on Twitter  \r\n@ferry\\_desk, or come to the pier.\r\n")
            .Select(HygieneRun.Describe).ShouldBeEmpty();
        HygieneRun.File("a.md",
                "The ferry timetable changed.\n\nWrite to the desk, follow us on Twitter\n\n@ferry is the boat's name.\n")
            .Select(HygieneRun.Describe).ShouldBe(["a.md(3,20): ED4001: Embed placeholder or prompt 'follow us on Twitter' left in the copy"]);
    }

    [Fact]
    public void A_prompt_s_words_in_a_clause_of_the_writer_s_are_prose()
    {
        HygieneRun.Text("The ferry desk keeps only an e-mail address when readers subscribe to our newsletter, the editor said.\n"
            + "If you follow us on Twitter, you see the timetable first.\nIf you liked this piece, subscribe to our newsletter for the timetable.")
            .ShouldBeEmpty();
        // After a name, in lower case, in a sentence of the writer's words.
        HygieneRun.Text("The ferry has a new name.\n\nTo vote for a name and help choose Kōtare follow us on Facebook and Twitter.\n").ShouldBeEmpty();
        // Opening its sentence, or after "and", it is the prompt a page left.
        HygieneRun.Text("The ferry sailed at noon. Subscribe to our newsletter for the timetable.\nLike the desk and follow us on Twitter.\n"
                        + "Photo by Jane Roe Follow us on Twitter")
            .Select(HygieneRun.Describe).ShouldBe(
            [
                "a.txt(1,27): ED4001: Embed placeholder or prompt 'Subscribe to our newsletter' left in the copy",
                "a.txt(2,19): ED4001: Embed placeholder or prompt 'follow us on Twitter' left in the copy",
                "a.txt(3,19): ED4001: Embed placeholder or prompt 'Follow us on Twitter' left in the copy",
            ]);
    }

    [Fact]
    public void In_Markdown_a_heading_that_is_a_prompt_titles_the_writer_s_section()
    {
        const string page = "The ferry timetable changed.\n\n## Subscribe to our newsletter\n\n{{< newsletter-form >}}\n";
        HygieneRun.File("a.md", page).ShouldBeEmpty();
        HygieneRun.Text("The ferry timetable changed.\nSubscribe to our newsletter\nThe ferry sailed.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Embed placeholder or prompt 'Subscribe to our newsletter' left in the copy"]);
    }

    [Fact]
    public void A_dated_note_of_an_update_is_the_writer_s_and_a_date_field_alone_is_CMS_metadata()
    {
        HygieneRun.Text("Talks resumed on Monday.\n\nUpdated 2024-05-03: the ferry desk delayed the timetable by a week.").ShouldBeEmpty();
        HygieneRun.Text("Talks resumed on Monday.\n\nUpdated 2024-05-03 the ferry desk delayed the timetable by a week.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(3,1): ED4001: CMS metadata 'Updated 2024-05-03' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_date_line_under_the_heading_is_the_writer_s_dateline()
    {
        HygieneRun.File("a.md", "# This week at the harbour\n\nPublished 2025-04-18\n\nThe ferry sailed.\n").ShouldBeEmpty();
        HygieneRun.File("a.md", "# This week at the harbour\n\nThe ferry sailed.\n\nPublished 2025-04-18\n\nThe crew cheered.\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(5,1): ED4001: CMS metadata 'Published 2025-04-18' left in the copy"]);
    }

    [Fact]
    public void A_date_line_that_gives_the_article_s_own_date_is_its_dateline()
    {
        // A newsletter's masthead: its edition and its date, which the front matter gives too.
        const string issue = "---\ndate: 2024-03-02\n---\nHarbour Weekly Team\n\n12th Edition\n\nPublished: 2024-03-02\n\nThe ferry sailed.\n";
        HygieneRun.File("a.md", issue).ShouldBeEmpty();
        // Another day's is a field of another page.
        HygieneRun.File("a.md", issue.Replace("date: 2024-03-02", "date: 2024-03-09")).Select(HygieneRun.Describe)
            .ShouldBe(["a.md(8,1): ED4001: CMS metadata 'Published: 2024-03-02' left in the copy"]);
    }

    [Fact]
    public void In_Markdown_a_note_about_the_author_set_in_emphasis_is_the_writer_s_and_in_plain_text_a_biography()
    {
        const string note = "Talks resumed on Monday.\n\n_Jane Roe is the editor of the [Harbour Guide](https://example.org/guide) and writes on ferries._\n";
        HygieneRun.File("a.md", note).ShouldBeEmpty();
        HygieneRun.File("a.md", note.Replace("_", "")).Select(HygieneRun.Describe).ShouldBe(
            ["a.md(3,1): ED4001: Author biography 'Jane Roe is the editor' left in the copy"]);
    }

    [Fact]
    public void In_HTML_a_note_about_the_author_that_opens_in_italics_is_the_writer_s()
    {
        // A partner's tagline, set in italics, with a sign-up link after the italics.
        const string page = "<p>Talks resumed on Monday.</p>\n<p><i>Jane Roe is an arts reporter at Harbour Radio. Sign up for her </i>"
            + "<a href=\"https://example.org/news\">newsletter</a>.</p>\n";
        HygieneRun.File("a.html", page).ShouldBeEmpty();
        HygieneRun.File("a.html", page.Replace("<i>", "").Replace("</i>", "")).Select(HygieneRun.Describe).ShouldBe(
            ["a.html(2,4): ED4001: Author biography 'Jane Roe is an arts reporter' left in the copy"]);
    }

    [Fact]
    public void A_pasted_line_after_a_closed_sentence_of_the_same_paragraph_is_still_debris()
    {
        const string page = "The ferry sailed at noon.\nhttps://www.instagram.com/p/FerryAb12/\nIt docked an hour later.\n";
        HygieneRun.File("a.md", page).Select(HygieneRun.Describe)
            .ShouldBe(["a.md(2,1): ED4001: Bare embed URL 'https://www.instagram.com/p/FerryAb12/' left in the copy"]);
    }

    [Fact]
    public void A_label_that_goes_on_to_the_end_of_a_sentence_is_the_writer_s_and_one_before_a_headline_debris()
    {
        HygieneRun.Text("Pick a key for the ferry office.\nRecommended: the Harbour Key 5 with NFC.\nThe office opens at nine.").ShouldBeEmpty();
        HygieneRun.Text("Pick a key for the ferry office.\nRecommended: Harbour Key 5 Review\nThe office opens at nine.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Pasted label 'Recommended:' left in the copy"]);
        // An ellipsis trails off a teaser, and a headline may ask or exclaim.
        HygieneRun.Text("Talks resumed.\nRead more: Russia says talks will go on...\nThe talks ended.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Pasted label 'Read more:' left in the copy"]);
        HygieneRun.Text("Talks resumed.\nRelated: Could the ferry have sailed sooner?\nThe talks ended.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(2,1): ED4001: Pasted label 'Related:' left in the copy"]);
    }

    [Fact]
    public void A_pasted_label_at_the_end_takes_the_line_breaks_before_it()
    {
        const string text = "Talks resumed.\n\nREAD ALSO:\n";
        HygieneRun.ApplyFix(text, HygieneRun.Text(text).Single()).ShouldBe("Talks resumed.");
    }

    [Theory]
    [InlineData("The minister said the post, which read more like a threat, was removed.")]
    [InlineData("Related talks are planned. Advertisement revenue fell, the company said.")]
    [InlineData("He shared the link https://example.com/report in a statement.")]
    [InlineData("The photo: a crowd in Lviv, taken on Sunday by a resident who was there.")]
    [InlineData("Officials (who spoke on condition of anonymity) said talks would resume.")]
    [InlineData("Dated 2022-03-14, the letter was published on Monday.")]
    [InlineData("Posted troops arrived on 2022-03-14.")]
    // The text of an embedded post, with the address of its photo: the post quoted, not debris.
    [InlineData("The queue at the bridge is long tonight pic.twitter.com/Ab12Cd34 — Jane Roe (@janeroe) March 3, 2022")]
    [InlineData("pic.twitter.com/Ab12Cd34 — Jane Roe (@janeroe) March 3, 2022")]
    [InlineData("Prices rose and/or fell, and 1.5/2 of them were sold.")]
    [InlineData("The image caption read “heroes”, and the media caption was removed.")]
    [InlineData("Ukraine has now won 3 of 12")]
    [InlineData("The minister answered (File: the council has not replied to the letter)")]
    // The person the story is about, named before: not the writer's biography.
    [InlineData("Police detained Jane Roe in Minsk on Monday.\n\nThe Gazette protested. Jane Roe is a reporter for the Gazette.")]
    [InlineData("Talks resumed on Monday.\n\nThe Post is a newspaper. Its editor is a writer.")]
    [InlineData("Jane Roe is a reporter for the Gazette.")]
    public void Prose_that_merely_contains_the_words_is_not_debris(string text)
    {
        HygieneRun.Text(text).ShouldBeEmpty();
    }

    [Fact]
    public void An_article_read_again_with_a_line_added_finds_the_debris_of_that_line_only()
    {
        // The lines found free of debris the first time are kept, wherever they stand the next time.
        HygieneRun.Text("Talks resumed on Monday.\nThe talks ended without a deal.\n").ShouldBeEmpty();
        HygieneRun.Text("Advertisement\nTalks resumed on Monday.\nThe talks ended without a deal.\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,1): ED4001: Pasted label 'Advertisement' left in the copy"]);
        HygieneRun.Text("Talks resumed on Monday.\nThe talks ended without a deal.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_line_free_of_debris_under_one_profile_is_read_again_under_a_profile_whose_lists_name_it()
    {
        const string text = "Talks resumed on Monday.\nLive updates\nThe talks ended without a deal.\n";
        HygieneRun.Text(text).ShouldBeEmpty();
        var profiles = HygieneRun.HouseProfile("lists:\n  debris-lines:\n    - Live updates\n");
        HygieneRun.Text(text, profiles, "house").Select(HygieneRun.Describe).ShouldBe(["a.txt(2,1): ED4001: Pasted label 'Live updates' left in the copy"]);
    }

    [Fact]
    public void An_outlet_profile_extends_the_phrase_lists()
    {
        var profiles = HygieneRun.HouseProfile("lists:\n  debris-lines:\n    - Live updates\n  embed-debris:\n    - Download our app\n");
        var findings = HygieneRun.Text("Talks resumed.\nLIVE UPDATES\nREAD ALSO:\nDownload our app for alerts.\n", profiles, "house");
        findings.Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(2,1): ED4001: Pasted label 'LIVE UPDATES' left in the copy",
            "a.txt(3,1): ED4001: Pasted label 'READ ALSO:' left in the copy",
            "a.txt(4,1): ED4001: Embed placeholder or prompt 'Download our app' left in the copy",
        ]);
    }

    [Fact]
    public void A_biography_after_the_last_sentence_is_removed_with_the_space_before_it()
    {
        const string text = "Talks resumed.\n\nThe talks ended. Jane Roe is a correspondent for the Gazette.\n";
        HygieneRun.ApplyFix(text, HygieneRun.Text(text).Single()).ShouldBe("Talks resumed.\n\nThe talks ended.\n");
    }

    [Fact]
    public void Other_rules_stay_quiet_inside_debris()
    {
        // The same slip in prose and in a gallery caption: a repeated word and straight quotation marks in curly copy.
        const string text = "“We will stay,” she said of the the town.\n\nA \"brave\" crowd waits at the the station. Hide Caption 2 of 9\n\n"
                            + "“We will go,” he said.\n\nTalks ended. Jane Roe is a reporter for the Gazette. She says \"hello\" to the the readers.\n";
        var findings = new EditorialEngine().Check([new ArticleInput("a.txt", text, ArticleSettings.Empty)]);
        findings.Where(d => d.Location.LineSpan.StartLine > 1).Select(HygieneRun.Describe).ShouldBe(
        [
            "a.txt(3,1): ED4001: Photo gallery or caption debris 'Hide Caption' left in the copy",
            "a.txt(7,14): ED4001: Author biography 'Jane Roe is a reporter' left in the copy",
        ]);
        findings.ShouldContain(d => d.Id == "ED4005" && d.Location.LineSpan.StartLine == 1);
    }

    [Fact]
    public void In_html_a_quoted_post_s_own_link_is_the_post_s_text()
    {
        // The tweet the page quotes prints its shortened link under its words; the same address alone in the copy was lost there.
        const string quoted = "<p>The mayor posted a note.</p>\n<blockquote class=\"tweet\"><p>We reopen the pier today.\n\nhttps://t.co/AbC123</p></blockquote>\n<p>The crews cheered.</p>\n";
        HygieneRun.File("a.html", quoted).ShouldBeEmpty();
        // Asked after the quoted one: the line is not taken for free of debris wherever it stands.
        HygieneRun.File("a.html", quoted.Replace("<blockquote class=\"tweet\">", "<div>").Replace("</blockquote>", "</div>")).Select(HygieneRun.Describe)
            .ShouldBe(["a.html(4,1): ED4001: Bare URL 'https://t.co/AbC123' left in the copy"]);
    }

    [Fact]
    public void A_page_s_ad_slot_line_is_no_one_s_prose_and_no_debris()
    {
        // The slot's "reading" shows no spelling of the release's "roading", and the slot is not reported as debris.
        const string text = "The council's roading budget grew by a third this year.\n\nAdvertisement - scroll to continue reading\n\n"
                            + "The mayor said the roads would be resealed in May.\n";
        EveryRule("a.md", text).ShouldBeEmpty();
        // The label alone on its line is the pasted label it always was.
        HygieneRun.Text("The roads were resealed.\n\nAdvertisement\n\nThe mayor was pleased.\n").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(3,1): ED4001: Pasted label 'Advertisement' left in the copy"]);
    }

    [Fact]
    public void A_site_s_credit_line_for_its_source_is_no_one_s_prose_and_no_debris()
    {
        // The site heads the release with its page for the party, spelt as the site spells it: no finding stands there,
        // and its spelling decides nothing in the release, which writes "Māori" throughout.
        const string Release = "# Hui on housing\n\n**Press Release: [The Maori Party](https://example.org/The_Maori_Party)**\n\n"
                               + "The Māori Party held a hui on housing. Māori families came from across the region.\n";
        EveryRule("a.md", Release).ShouldBeEmpty();
        // The same spelling in a sentence of the copy is the copy's.
        EveryRule("a.md", Release.Replace("**Press Release: [The Maori Party](https://example.org/The_Maori_Party)**",
                "The [Maori Party](https://example.org/The_Maori_Party) called the hui."))
            .ShouldBe(["a.md(3,6): ED1001: 'Maori' is spelled 'Māori' elsewhere in this article"]);
    }

    [Fact]
    public void A_site_s_footer_under_its_copyright_notice_is_no_one_s_prose_and_no_debris()
    {
        // Straight marks in the release, a curly apostrophe in the site's pitch under its linked notice or a notice that
        // reserves rights: the pitch is the site's, and nothing there is reported, not even as debris.
        const string Release = "The dean said the hall opens in May. It's the first in a decade, and it's big.\n\nWe don't know when. They're pleased.\n\n";
        const string Pitch = "\n\nThe site is free for personal use, but you’ll need a licence for work.\n";
        EveryRule("a.md", Release + "[© Harbour Media](https://example.org/terms)" + Pitch).ShouldBeEmpty();
        EveryRule("a.txt", Release + "Copyright © 2024 Harbour Radio. All rights reserved." + Pitch).ShouldBeEmpty();
        EveryRule("a.html", "<p>The dean said the hall opens in May. It's the first in a decade, and it's big.</p>\n<p>We don't know when. They're pleased.</p>\n"
                           + "<p><a href=\"https://example.org/terms\">© Harbour Media</a></p>\n<p>The site is free, but you’ll need a licence for work.</p>\n").ShouldBeEmpty();
        // A picture's credit reserves nothing and links nowhere: what follows it is the article's.
        EveryRule("a.txt", Release + "© Jane Roe" + Pitch).ShouldBe(
            ["a.txt(7,43): ED4004: Curly apostrophe in an article that uses straight ones (') 4 times"]);
        // The footer's words still show how the article's slip is spelt.
        EveryRule("a.md", "The hall of Harbour Univeristy opens in May.\n\n[© Harbour Media](https://example.org/terms)\n\nFind more from Harbour University.\n")
            .ShouldBe(["a.md(1,21): ED1001: 'Univeristy' is spelled 'University' elsewhere in this article"]);
        // Nor is a notice with the article's prose after it, whatever it says, a footer.
        EveryRule("a.md", Release + "[© Harbour Media](https://example.org/terms)" + Pitch + new string('\n', 2) + string.Concat(Enumerable.Repeat("The hall seats four hundred people. ", 80))).ShouldNotBeEmpty();
    }

    [Fact]
    public void The_page_under_a_release_s_end_mark_is_no_one_s_prose()
    {
        // A saved page goes on under the release's "###" with its archive's controls and the office's notice, a link lost
        // from it: nothing there is reported.
        const string Release = "The council will receive a grant of $15,000 for the ferry pier, the senator said.\n\nThe pier opens in May.\n";
        const string Page = "Browse by:\nCurrent record\nPursuant to , newsletters and other mail cannot be sent for the 60 days before an election.\n | \n | \n";
        EveryRule("a.txt", Release + "###\n" + Page).ShouldBeEmpty();
        EveryRule("a.txt", Release + "-30-\n" + Page).ShouldBeEmpty();
        // An address the scrape left there is still debris, the one finding the page's lines get (judged right 9 times of 9).
        EveryRule("a.txt", Release + "  # # # \n\nhttp://example.senate.gov/\n").ShouldBe(["a.txt(6,1): ED4001: Bare URL 'http://example.senate.gov/' left in the copy"]);
        // Without the mark, the notice is the copy's.
        EveryRule("a.txt", Release + Page).ShouldBe(["a.txt(6,13): ED4003: Space before ','"]);
    }

    [Fact]
    public void The_marks_of_a_publisher_s_profile_in_the_site_s_footer_are_no_vote_on_the_article_s_style()
    {
        // A press-release site prints its profile of the publisher under its notice, in the profile's own marks (straight
        // apostrophes, spaced en dashes), under a release of curly apostrophes and spaced hyphens: the release's marks agree.
        const string Release = "The union’s survey found that students’ costs rose - again - this year.\n\nIt’s the third rise in a row, the union’s president said - and it won’t be the last.\n\n";
        var profile = "[© Harbour Media](https://example.org/terms)\n\n[Harbour Union of Students' Associations](https://example.org/union)\n\n"
                      + string.Concat(Enumerable.Repeat("The union is the national body of New Zealand's students' associations – it speaks for students' interests. ", 14))
                      + "\n\n*   Website – www.union.example\n*   Phone – 555 0100\n";
        (profile.Length > 1500).ShouldBeTrue();
        EveryRule("a.md", Release + profile).ShouldBeEmpty();
        // A short footer's marks are no vote either: three straight apostrophes there do not outvote the release's curly ones.
        EveryRule("a.md", "The union’s survey is out. It’s the third in a row.\n\n[© Harbour Media](https://example.org/terms)\n\n"
                          + "It's free, but you'll need a licence for the union's work.\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_finding_that_rests_on_a_figure_in_debris_is_dropped()
    {
        // The conflict is reported at the story's figure, with the caption's figure as its related location.
        const string Caption = "A suicide bomber in Kabul killed 35 people on Monday, officials said.";
        const string Story = "\n\nThe Taliban denied any role.\n\nThe bombing in Kabul killed 36 people, the deadliest attack this year.\n";
        IEnumerable<string> Figures(string text) => new EditorialEngine().Check([new ArticleInput("a.txt", text, ArticleSettings.Empty)])
            .Where(d => d.Id.StartsWith("ED2", StringComparison.Ordinal)).Select(d => d.Id);

        Figures(Caption + Story).ShouldBe(["ED2001"]);
        Figures(Caption + " Hide Caption 1 of 4" + Story).ShouldBeEmpty();
    }
}
