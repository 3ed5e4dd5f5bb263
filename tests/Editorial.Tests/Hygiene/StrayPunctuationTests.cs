namespace Editorial.Tests.Hygiene;

public class StrayPunctuationTests
{
    /// <summary>The hygiene findings of one page at <paramref name="path"/>, described: its ending says how it is read.</summary>
    private static List<string> Page(string path, string text) =>
        HygieneRun.File(path, text).Select(HygieneRun.Describe).ToList();

    [Theory]
    [InlineData("The talks ended.. Both sides left.", "a.txt(1,17): ED4003: Doubled full stop '..'", "The talks ended. Both sides left.")]
    [InlineData("He met officials in the U.S.. Then he left.", "a.txt(1,29): ED4003: Doubled full stop '..'", "He met officials in the U.S. Then he left.")]
    // An ellipsis on the line is no dot leader.
    [InlineData("The ferry waited... and waited.. Then it left.", "a.txt(1,32): ED4003: Doubled full stop '..'", "The ferry waited... and waited. Then it left.")]
    [InlineData("Kyiv, Lviv,, and Kharkiv were hit.", "a.txt(1,12): ED4003: Doubled comma ',,'", "Kyiv, Lviv, and Kharkiv were hit.")]
    [InlineData("“We sail at noon,,” the skipper said.", "a.txt(1,18): ED4003: Doubled comma ',,'", "“We sail at noon,” the skipper said.")]
    [InlineData("Kyiv , Lviv and Kharkiv were hit.", "a.txt(1,6): ED4003: Space before ','", "Kyiv, Lviv and Kharkiv were hit.")]
    [InlineData("The talks ended . Both sides left.", "a.txt(1,17): ED4003: Space before '.'", "The talks ended. Both sides left.")]
    [InlineData("Did the talks end? . Both sides left.", "a.txt(1,20): ED4003: Stray '.' after the end of the sentence", "Did the talks end? Both sides left.")]
    // A comma after an abbreviation's point goes on with the sentence: the space strays, not the comma.
    [InlineData("The board heard Ann Lee, Ph. D. , of the harbour trust.", "a.txt(1,33): ED4003: Space before ','", "The board heard Ann Lee, Ph. D., of the harbour trust.")]
    [InlineData("The ferry sank. , The crew swam.", "a.txt(1,17): ED4003: Stray ',' after the end of the sentence", "The ferry sank. The crew swam.")]
    // Closing the space would double the abbreviation's own stop: the stray stop goes instead.
    [InlineData("Envoys from the U.K. . The talks ended.", "a.txt(1,22): ED4003: Stray '.' after 'U.K.'", "Envoys from the U.K. The talks ended.")]
    public void Doubled_and_stray_marks_are_reported_and_removed(string text, string expected, string fixedText)
    {
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe(expected);
        HygieneRun.ApplyFix(text, finding).ShouldBe(fixedText);
    }

    [Theory]
    // Two marks after a space are one doubled mark, not also a space before a mark or a stray one; which pause the writer
    // meant ("late… again", "late. Again") is theirs to say.
    [InlineData("The ferry was late ..again and the crew shrugged.", "a.txt(1,21): ED4003: Doubled full stop '..'")]
    [InlineData("Was the ferry late? ..no one knows.", "a.txt(1,22): ED4003: Doubled full stop '..'")]
    [InlineData("You know me ..I love the ferry.", "a.txt(1,14): ED4003: Doubled full stop '..'")]
    [InlineData("The ferry, the pier ,, and the quay reopened.", "a.txt(1,22): ED4003: Doubled comma ',,'")]
    public void A_doubled_mark_after_a_space_is_reported_once_without_a_fix(string text, string expected)
    {
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe(expected);
        finding.Fix.ShouldBeNull();
    }

    [Fact]
    public void A_space_before_a_stop_that_opens_a_word_is_reported_without_a_fix_that_would_make_a_new_word()
    {
        var finding = HygieneRun.Text("Mr Hale, the U .S. envoy, spoke.").Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,16): ED4003: Space before '.'");
        finding.Fix.ShouldBeNull();
    }

    [Theory]
    [InlineData("More than 2.8 million people fled, and 0.5 percent returned.")]
    [InlineData("U.S. officials met at 9 a.m. in Washington, D.C. on Monday.")]
    [InlineData("“Ukraine will get the necessary result... for peace,” he said.")]
    [InlineData("“Ukraine will get the necessary result . . . for peace,” he said.")]
    // A spaced ellipsis's last dot run into the next word is no name that opens with a dot (".NET").
    [InlineData("“No one should be punished, not me. . .for answering a question,” she said.")]
    [InlineData("He waited.... Nothing came.")]
    [InlineData("He waited….. Nothing came.")]
    [InlineData("Troops, tanks, artillery etc. were moved, approx. five miles.")]
    [InlineData("The team thawed Pandoravirus spp. and two Mollivirus sp. from the permafrost.")]
    [InlineData("The garden grows Rosa canina var. lutetiana and Lavandula angustifolia subsp. angustifolia.")]
    [InlineData("See https://example.com/a..b for the report.")]
    // An address whose page gave it a space after each dot and slash, with its full stop spaced off as after a whole one.
    [InlineData("For the timetable, visit http://www. harbour. org/ ferry-times . The pier reopens at www. harbour. org/ pier .")]
    [InlineData("It was 5:30 p.m. when the talks ended.")]
    [InlineData("The ferry song is published by Harbour Songs (ASCAP) adm. by Quay Music.")]
    // A PDF's bold type extracted with each glyph twice, its marks too.
    [InlineData("The ferry sailed.\n\nMMaarrttaa QQuuiinntteerroo,, hheerreebbyy cceerrttiiffyy tthhee ffeerrrryy'ss bbeehhaallff..")]
    // A court filing's citations.
    [InlineData("The court ruled for the harbour board, pet. filed, and the law is clear, id. at 6, as art. 38.22 and the ruling's arts. and all say.")]
    // Clipped nouns of organisations and schools.
    [InlineData("Riders at the top of the index praise it as often as orgs. at the bottom, and grad. students agree.")]
    [InlineData("If the big ferry cos. back one timetable, riders lose.")]
    [InlineData("The new timetable was a nice perf. win for the ferry desk and co. staff, wrt. empty berths.")]
    [InlineData("The number of lang. items grew this year.")]
    [InlineData("Some crews run it on prem. for now, and env. variables name the pier.")]
    // Emphasis, one word at a time.
    [InlineData("She swims in the lake every. single. day.")]
    // A space keeps a smiley's mouth apart from the stop after it.
    [InlineData("The crew cheered as the ferry docked :D . Then the pier emptied.")]
    [InlineData("The new ferry is faster :-P , but the old one had a bar.")]
    // A row of comma-separated data quoted in a page: an empty field, not a doubled comma.
    [InlineData("The export reads ferry.baml,Crossing,None,TRUE,,Noon sailing for each row.")]
    // A curly quotation mark decoded with the wrong character set ("â" and two control characters).
    [InlineData("The bridge was closed. \u00e2\u0080\u009cWe had no choice,\u00e2\u0080\u009d he said.")]
    public void Decimals_abbreviations_ellipses_and_urls_are_not_stray(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The plugin runs on .NET 8 and reads the .gitignore of the repository.")]
    [InlineData("The build keeps a satellite .resources.dll beside each .exe.manifest file.")]
    [InlineData("The format changed in version 3. .NET projects now use the SDK style.")]
    // R's files, capitalised names that are no English words.
    [InlineData("Keep the key in your .Rprofile file and the path in .Renviron, list both in .Rbuildignore and open the .Rproj project.")]
    [InlineData("Call .setTimeout() on the timer once the .h files are built.")]
    [InlineData("Add .DS_Store to the ignore list and keep the .clang-tidy rules; the note calls .FromJust() once.")]
    [InlineData("Add .DS_store to the list, and the .note.GNU-stack section to the build.")]
    // A generic domain ending in title case, as headings and names write it.
    [InlineData("Improving Search on .Gov Websites, and moving from COBOL to Java or .Net, took a year.")]
    public void A_name_that_opens_with_a_dot_is_no_stray_mark(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").ShouldBeEmpty();
    }

    [Theory]
    // A capitalised word after a stray space is the next sentence run on, not a name.
    [InlineData("The ferry left at noon .The crossing took an hour.", "a.txt(1,24): ED4003: Space before '.'")]
    // Neither is a word in two cases.
    [InlineData("The ferry left the .Harbour Master's office at noon.", "a.txt(1,20): ED4003: Space before '.'")]
    // Nor is a country's code in title case.
    [InlineData("The ferry left at noon .De Wit said it was late.", "a.txt(1,24): ED4003: Space before '.'")]
    // Nor is a note in brackets, which has a space inside it, unlike a package's extras.
    [InlineData("The fares rose .[citation needed] The pier reopened.", "a.txt(1,16): ED4003: Space before '.'")]
    // Nor is a name the article writes elsewhere on its own.
    [InlineData("The ferry tax rose by a cent .Olsen plans to cut it, and Olsen will decide by May.", "a.txt(1,30): ED4003: Space before '.'")]
    public void A_stop_before_a_word_that_is_no_dotted_name_is_still_stray(string text, string expected)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("Replace the callback with a for..of loop over the ferries.")]
    [InlineData("Pass \"..\" to go up one folder, then name the timetable.")]
    [InlineData("A path may hold .. as one of its parts.")]
    // An inclusive range, and the rest of a pattern's fields.
    [InlineData("The level takes the values 0..=2 and matches Crossing::Night(..) at once.")]
    [InlineData("The compiler now suggests ..= when a range of berths would overflow.")]
    // A splice of a variable into a quasiquote.
    [InlineData("Ensure that q\"..$berths\" is the same as q\"{..$berths}\" and that f(..${crew}) matches.")]
    // A full stop alone between spaces before a word in lower case is a character the sentence names.
    [InlineData("The hint suggests to use . instead of :: when a berth's method is called.")]
    // The current folder given to a command before its options.
    [InlineData("3. find . -maxdepth 1 -type f lists the timetables, and ls . --all lists the rest.")]
    // A range against a code span, and a slice that opens with its range.
    [InlineData("Fix the hint for `let`..`else` blocks, and read the report for 2020[..6] first.")]
    // Open ranges listed or in a slice, their bound closed by a comma or a bracket.
    [InlineData("The drain takes every range: .., a.., ..b, a..b, and the old [T, ..n] form goes.")]
    [InlineData("“The pier is old. [..] It will be rebuilt,” the council wrote.")]
    // Abbreviations written in lower case without their other stops.
    [InlineData("Each pier has a gate, ie. one way in, aka. the harbour door.")]
    [InlineData("Hooks run at each stage (ex. copy the timetable into the output folder).")]
    [InlineData("Crews asked for $25/hr. for night crossings and two yrs. of back pay.")]
    [InlineData("Galley snack, 1 tsp. nut butter")]
    [InlineData("Galley snack, 1 tbsp. honey")]
    [InlineData("The survey counts the 3.2 million bbl. of crude that leaked from the wells.")]
    [InlineData("The levy takes 3 cents per cwt. on every farm's milk.")]
    [InlineData("Each serving holds 0.6 fl. oz of alcohol.")]
    [InlineData("The share of the 1 ms. time slice is about half.")]
    [InlineData("The timetable is a mature app. that seems to handle every ferry.")]
    [InlineData("Clue 27: 6D admin. tool")]
    [InlineData("The survey counts the 300 gal. of fuel that leaked from the tanks.")]
    [InlineData("The ferry's tank holds over 600 ml. or a cup of the dye, and the hull is 12 km. from the pier.")]
    [InlineData("Applicants send a 300-word essay (12 pt. font, double-spaced) to the harbour office.")]
    // A word processor's second-level bullet, turned into an "o" when the release became text.
    [InlineData("The package funds the harbour crews:  o $81 million for ferry training.   o $8.4 million for night shifts.")]
    // A lettered list run into the paragraph when the reply became one block of text.
    [InlineData("The council will act in three ways. a. First, it will widen the pier. b. Second, it will add a night crossing.")]
    // Two dots that open a line lead on from the line before.
    [InlineData("The checklist asks whether the crew has..\n- ..a life jacket for each passenger?\n- ..a working radio?\n\n..and whether the log is kept.")]
    [InlineData("The timetable lists the equiv. of each crossing in minutes.")]
    [InlineData("The intern spent the summer preparing ppt. slides for the harbour board.")]
    [InlineData("A candle lit meal of sweet and sour veg. with rice and tea.")]
    [InlineData("When they saw the temp. was 10 C they asked if it was winter.")]
    [InlineData("I led the spons. team as sponsorship head this year.")]
    // Minutes' lettered items run into one paragraph, one after a sentence's full stop.
    [InlineData("Income since the last meeting: a. £231.68 pier fund b. £11.50 wishing well. c. £96.00 ferry fee. d. 48p interest.")]
    // An ellipsis typed as two dots between spaces.
    [InlineData("If the lowlands and . . are to disappear under the sea, the harbour must act now.")]
    [InlineData("As a sailor, or a ferryman, or . ., I am sure of the tide.")]
    // A post quoted as its author typed it.
    [InlineData("“My sister, the star of the ferry film,,,” he posted on Monday.")]
    [InlineData("He was posting a photo of the ferry, adding “let me know if you want to go this route.. Think about it.”")]
    [InlineData("“I never said why the pier shut.. I never will,” the mayor wrote.")]
    // So is a post the article embeds, signed with its author's handle, marks or no marks.
    [InlineData("The mayor posted on Thursday.\nI will CLOSE THE NORTH PIER if the crews strike!..\n— Ann Lee (@annlee) October 18, 2018\nThe crews said nothing.")]
    // A figure's caption names its panels by letters.
    [InlineData("Fig. 2 Photographs of the ferry's hull. a Bow in side view; b stern in side view.")]
    [InlineData("Figure 5 The harbour's piers. a–d Piers in plan view; e the quay.")]
    // Inches after a number joined to it: "in." is the unit, not a sentence's last word.
    [InlineData("The bridge drives as many as eight 30-in. displays for the crews.")]
    [InlineData("The berths are leased under section 12 et seq. or the rules that replace it.")]
    // The package in the current folder with its extras, as a command installs it.
    [InlineData("# Running pip install -e .[test] for the ferry's timetable")]
    // File endings in any case: a notebook saved as an .Rmd or .ipynb file, its data in an .RData file, a photo in IMG_0042.JPG.
    [InlineData("The timetable is kept in an .Rmd or .ipynb notebook, its data in an .RData file and its photo in IMG_0042.JPG today.")]
    // A range whose bound is a lone capital, a variable: "0..N", "N..M".
    [InlineData("- 0..N: the regular crossings. - N..M: the night crossings.")]
    // An identifier that runs on into a number: a bibliographic code ("2011PNAS..108.1815W"), no sentence's end.
    [InlineData("The survey of the strait (Bibcode: 2011FerrJ..108.1815W) counted every crossing.")]
    // Names and versions keep their case at the start of a sentence.
    [InlineData("The update reached the phones. iOS shows the timetable at once.")]
    [InlineData("The old timetable is retired. v2 adds the night crossings.")]
    // A tool, a user's handle or an issue that keeps its lower case: no English word, so no broken sentence.
    [InlineData("The timetable is generated at each release. ferrygen writes it from the schedule.")]
    // A term just named opens the next sentence in its own case.
    [InlineData("Colour the timetable with a tool called ribbon. ribbon is a command that paints each line.")]
    // A number's part after a sentence's end: the last octet of an address.
    [InlineData("So 10.11 is the prefix of the harbour network. .2 is the third octet of the address.")]
    [InlineData("The night crossing was added in March. harbour-council#181 has the vote.")]
    [InlineData("The timetable is built once a day. pipeline() writes it from the schedule.")]
    // R's "..2", a name that opens with the dots.
    [InlineData("The script stops with 'argument \"..2\" is missing' when no pier is named.")]
    // A line of Morse code, signs with no letter or digit: its dots are no sentence's stops.
    [InlineData("The ferry's lamp signalled this:\n.... .- .-. -... --- ..- .-.  ..-. . .-. .-. -.--\nThe harbour answered.")]
    // A table laid out with dot leaders: two dots there are the layout's, not a doubled stop.
    [InlineData("The board forecasts these fees.\n\n..........Berth..Pilot..Tug..\nNorth Quay.....8.25.....6.15.....7.75..\nEast Dock......7.75.....6.25.....7.50..\n")]
    public void Code_names_and_versions_are_no_doubled_stop_or_broken_sentence(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").ShouldBeEmpty();
    }

    [Fact]
    public void A_package_s_name_that_the_page_s_code_or_links_write_in_lower_case_opens_a_sentence_in_its_case()
    {
        // "drake" is an English word too; the page's link and code write it as the package's name.
        const string page = "The timetable is built with the [drake](https://docs.example.org/drake) package. drake resolves its steps.\n";
        Page("a.md", page).ShouldBeEmpty();
        Page("a.md", page.Replace("[drake](https://docs.example.org/drake)", "drake")).ShouldBe(
            ["a.md(1,46): ED4003: Full stop before the lowercase fragment 'drake': a broken sentence ('package. drake')"]);
    }

    [Fact]
    public void A_full_stop_that_cuts_a_sentence_before_a_lowercase_word_is_a_broken_sentence_without_a_fix()
    {
        var finding = HygieneRun.Text("The council met on Monday. The ferry was delayed. by the storm, and the pier closed.").Single();
        HygieneRun.Describe(finding).ShouldBe("a.txt(1,49): ED4003: Full stop before the lowercase fragment 'by': a broken sentence ('delayed. by')");
        finding.Fix.ShouldBeNull();
        // An "o" with a word in lower case after it is a word, not a list's bullet.
        HygieneRun.Describe(HygieneRun.Text("The ferry was delayed.  o the crew waited all night.").Single())
            .ShouldBe("a.txt(1,22): ED4003: Full stop before the lowercase fragment 'o': a broken sentence ('delayed. o')");
    }

    [Fact]
    public void A_note_s_roman_numeral_after_a_stop_is_its_marker_and_no_broken_sentence()
    {
        // A PDF's extraction sets a superscript's marker after the stop: at the line's end, or before the next sentence.
        HygieneRun.Text("The board opened two new berths. iii\nThe fares are comparable with other ports. v  Many ferries wait.\n")
            .Where(d => d.Id == "ED4003").ShouldBeEmpty();
        // Before a word in lower case, it is a sentence cut short.
        HygieneRun.Describe(HygieneRun.Text("The ferry was delayed. iv the crew waited.").Single())
            .ShouldBe("a.txt(1,22): ED4003: Full stop before the lowercase fragment 'iv': a broken sentence ('delayed. iv')");
    }

    [Fact]
    public void A_lowercase_word_alone_on_the_next_line_is_no_broken_sentence()
    {
        // A release's closing mark under its last sentence, after a Markdown hard break.
        HygieneRun.File("a.md", "The pier reopens once the new harbourmaster is appointed.  \nends\n").Where(d => d.Id == "ED4003").ShouldBeEmpty();
        // The same mark run on after the last sentence, at the end of its line.
        HygieneRun.File("a.md", "\"The pier reopens in May,\" the harbourmaster said. ends\n").Where(d => d.Id == "ED4003").ShouldBeEmpty();
        // Another word there, or the mark with more words after it, is a sentence cut short.
        HygieneRun.File("a.md", "The pier reopens in spring. ends the harbourmaster's term.\n").Where(d => d.Id == "ED4003").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(1,27): ED4003: Full stop before the lowercase fragment 'ends': a broken sentence ('spring. ends')"]);
        // A line that goes on with more words is the sentence cut short.
        HygieneRun.File("a.md", "The ferry was delayed.  \nby the storm, and the pier closed.\n").Where(d => d.Id == "ED4003").Select(HygieneRun.Describe)
            .ShouldBe(["a.md(1,22): ED4003: Full stop before the lowercase fragment 'by': a broken sentence ('delayed. by')"]);
    }

    [Fact]
    public void A_reproduced_document_keeps_its_writer_s_marks()
    {
        // A block quote, and a post a page renders in its own markup (a class that names the network's post), keep their doubled
        // stops as typed; a space before a mark is reported there too.
        HygieneRun.File("a.md", "The mayor posted a note.\n\n> The pier will shut, and the crews know why..\n\nThe crews were quiet.\n").ShouldBeEmpty();
        const string page = "<p>The mayor posted a note.</p><div class=\"embed-tweet\"><p class=\"embed-tweet__text\">The pier will shut , and the crews know why..</p>"
                            + "<div><a href=\"https://example.org/annlee\">@annlee</a></div></div><p>The crews were quiet..</p>";
        HygieneRun.File("a.html", page).Select(HygieneRun.Describe).ShouldBe(["a.html(1,105): ED4003: Space before ','", "a.html(1,224): ED4003: Doubled full stop '..'"]);
        Editorial.Articles.Article.Parse("a.html", page).Paragraphs.Select(p => p.IsReproduced).ShouldBe([false, true, true, false]);
    }

    [Fact]
    public void A_contact_label_before_an_e_mail_address_is_no_broken_sentence()
    {
        // A biography's last sentence, then the writer's contact run on after it.
        HygieneRun.Text("Jane Roe is an award-winning filmmaker. email: jane.roe@example.org").ShouldBeEmpty();
        // A label before anything but an address is the sentence cut short.
        HygieneRun.Text("Jane Roe is an award-winning filmmaker. email: ask the desk.").Select(HygieneRun.Describe)
            .ShouldBe(["a.txt(1,39): ED4003: Full stop before the lowercase fragment 'email': a broken sentence ('filmmaker. email')"]);
    }

    [Theory]
    // A post quoted as it was typed: the writer does not capitalise, so a lower-case start is their style.
    [InlineData("One reader replied: the ferry is late again i guess. nobody told us.")]
    [InlineData("The skipper posted at dawn. i'm told the pier is shut. the crossing may wait.")]
    [InlineData("Another wrote: the ferry never came. we waited all day. nobody said why.")]
    // A paragraph that opens in lower case, a prompt or a chat line as typed: its sentences open so too.
    [InlineData("The prompt we gave it:\n\na ferry made of glass. a ferry with the texture of glass.")]
    [InlineData("The notes read:\n\n- skipper: fine, we sail at noon. if the wind drops we wait.")]
    public void Writing_that_does_not_capitalise_is_no_broken_sentence(string text)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").ShouldBeEmpty();
    }

    [Fact]
    public void A_display_formula_and_a_mark_a_table_s_cell_names_are_no_prose_punctuation()
    {
        // TeX spaces its full stops; a table's data may name a character. Prose around them is still read.
        Page("a.md", "The sum follows:\n\n\\[\n17_{b}=b+7 ,\\qquad 97_{b}=9b+7 .\n\\]\n\n$$\nx = 1 .\n$$\n\n"
                     + "| column | note |\n| --- | --- |\n| name | with . and spaces |\n\nThe ferry left at noon , then docked.\n").ShouldBe(
        [
            "a.md(15,24): ED4003: Space before ','",
        ]);
    }

    [Fact]
    public void A_full_stop_that_ends_a_link_s_label_is_the_label_s_own_but_one_that_ends_an_emphasis_cuts_the_sentence()
    {
        Page("a.md", "The fixes:\n\n- [**The timetable drops a digit in a column.**](https://example.org/i/12) reported by the purser\n"
                     + "- The pier sign is *wrong.* it names the old quay\n").ShouldBe(
        [
            "a.md(4,26): ED4003: Full stop before the lowercase fragment 'it': a broken sentence ('wrong. it')",
        ]);
        Page("a.html", "<ul><li><a href=\"/i/12\">The timetable drops a digit in a column.</a> reported by the purser</li></ul>").ShouldBeEmpty();
    }

    [Fact]
    public void A_reader_s_comment_signed_after_its_text_ends_at_its_stop()
    {
        // A saved page's comment thread: each comment is signed with its writer's name, as typed, and when it was posted.
        Page("a.txt", "Ferry fares rose again.\n\nComments\n\nWe all need to take the bus. by jim Jun 5, 2008 3:13 PM The pier is closed anyway.\n")
            .ShouldBeEmpty();
        Page("a.txt", "Ferry fares rose again.\n\nThe pier is closed anyway. by Mary Roe Jun 5, 2008 1:54 PM Nice ferry.\n").ShouldBeEmpty();
        // Without the time it was posted, "by" goes on with the sentence, which the stop cut.
        Page("a.txt", "Ferry fares rose again.\n\nWe all need to take the bus. by jim's count it is late.\n").ShouldBe(
        [
            "a.txt(3,28): ED4003: Full stop before the lowercase fragment 'by': a broken sentence ('bus. by')",
        ]);
    }

    [Fact]
    public void Short_items_set_apart_by_spaced_dots_are_a_list_not_stray_stops()
    {
        // A book's cover copy lists its topics between spaced dots, capitals and all.
        Page("a.txt", "The book sails through:\n\nthe tides . the charts of the harbour . Ferry Law . rope knots . The Pier at Dawn and The Night "
                      + "Crossing of the Old Bay . the gulls\n").ShouldBeEmpty();
        // Spaces before the stops of long sentences, where lost links stood, are still stray, however many.
        Page("a.txt", "The timetable for the winter crossings of the old harbour is on the council's website . It changes in May when the "
                      + "new ferry joins the fleet . The pier will shut for a week while the crews fit the new ramps . Fares stay the same.\n").ShouldBe(
        [
            "a.txt(1,87): ED4003: Space before '.'",
            "a.txt(1,142): ED4003: Space before '.'",
            "a.txt(1,208): ED4003: Space before '.'",
        ]);
        // A release's deck of three items, two dots between them and none after the last, is a list too.
        Page("a.txt", "Harbour trade grows\n\nLOW FARES . FULL FERRIES . NEW PIER\n\nThe harbour's trade grew again in May.\n").ShouldBeEmpty();
        // Two spaced stops before a sentence that ends with its own stop are stray.
        Page("a.txt", "The pier shuts in May . The ferries move to the quay . They return in June.\n").ShouldBe(
        [
            "a.txt(1,23): ED4003: Space before '.'",
            "a.txt(1,54): ED4003: Space before '.'",
        ]);
    }

    [Fact]
    public void A_table_run_into_one_paragraph_is_data_and_its_lone_dots_are_the_table_s()
    {
        // A poll's rows, a dot between the row groups, as a page's text export leaves them.
        Page("a.txt", "Ferry approval.\n\nApprove Disapprove Unsure . Harbour Poll 6/23-27/22 15 78 7 Quay Survey 6/1-20/22 16 82 3 . "
                      + "Harbour Poll 5/5-9/22 15 77 8 Quay Survey 4/1-19/22 20 76 4 . Harbour Poll 3/10-14/22 21 71 7\n").ShouldBeEmpty();
        // A sentence of figures is prose: its stray space is reported.
        Page("a.txt", "Ferry traffic rose 3% to 1,204 crossings in 2023 from 998 in 2022 , the harbour said.\n").ShouldBe(
        [
            "a.txt(1,67): ED4003: Space before ','",
        ]);
    }

    [Fact]
    public void A_line_after_a_hard_break_that_opens_in_lower_case_is_written_so_and_a_hard_wrapped_line_is_not()
    {
        // A version history's lines, each after a hard break, in lower case after their label.
        Page("a.md", "The ferry timetable API.\n\n**History:**\\\n1.0.0 - added\\\n2.1.0 - deprecated `route` field. now returns the pier\n")
            .ShouldBeEmpty();
        Page("a.md", "The ferry timetable API.\n\n**History:**  \n1.0.0 - added  \n2.1.0 - deprecated. added `pier`.\n").ShouldBeEmpty();
        // A soft-wrapped line goes on with its sentence: the broken sentence stands.
        Page("a.md", "The ferry timetable API.\n\nThe ferry left the\nquay at noon. the crew waved.\n").ShouldBe(
        [
            "a.md(4,13): ED4003: Full stop before the lowercase fragment 'the': a broken sentence ('noon. the')",
        ]);
    }

    [Fact]
    public void A_lowercase_compound_the_page_writes_elsewhere_is_a_name_that_may_open_a_sentence()
    {
        // "pier-watch" is a tool the page names twice; "well-known" once, so after a full stop it is a broken sentence.
        Page("a.md", "The timetable moved to the new server. pier-watch checks it hourly.\n\n"
                     + "Install pier-watch from the registry. The crossing was moved. well-known piers stay open.\n").ShouldBe(
        [
            "a.md(3,61): ED4003: Full stop before the lowercase fragment 'well-known': a broken sentence ('moved. well-known')",
        ]);
    }

    [Fact]
    public void A_page_that_starts_its_lines_in_lower_case_after_full_stops_writes_so_by_style()
    {
        // One sentence a line, none capitalised: the style of the page. A single such line break is a broken sentence.
        Page("a.md", "**Goals**: the night crossing opened in spring.\nwe think the winter timetable will follow.\n\n"
                     + "**Risks**: the pier needs work.\nfor now the ferry docks at the old quay.\n").ShouldBeEmpty();
        Page("a.md", "The night crossing opened in spring.\nwe think the winter timetable will follow.\n\nThe pier needs work.\n").ShouldBe(
        [
            "a.md(1,36): ED4003: Full stop before the lowercase fragment 'we': a broken sentence ('spring. we')",
        ]);
    }

    [Fact]
    public void A_market_report_that_opens_its_paragraphs_in_lower_case_with_a_place_writes_so_by_style()
    {
        // The dateline's place in lower case counts as the page's habit, as "steers" and "heifers" do.
        const string Report = "dublin, april 7 - slaughter steers were firm, the board said.\n\nFeedlots reported good interest.\n\n"
                              + "Sales on 3,600 steers and 700 heifers. week to date 43,900 head.\n\n"
                              + "steers - good and mostly choice 69.50-70.00.\n\nheifers - few pens good 68.00-68.50.\n";
        Page("a.txt", Report).ShouldBeEmpty();
        // With the place capitalised, two paragraphs in lower case are not yet the page's style.
        Page("a.txt", "Dublin" + Report.Substring("dublin".Length)).ShouldBe(
        [
            "a.txt(5,38): ED4003: Full stop before the lowercase fragment 'week': a broken sentence ('heifers. week')",
        ]);
    }

    [Fact]
    public void Notes_that_open_their_items_in_lower_case_write_so_by_style_and_two_such_items_do_not_make_notes()
    {
        // Meeting minutes: items opened in lower case, and sentences inside them too. Two such items are not yet the page's
        // style: the stop before "for", in an item that opens with a capital, is still a broken sentence; an item that opens
        // in lower case writes its own sentences so.
        const string notes = "# Ferry desk, weekly notes\n\n* pier repairs start in spring. the council pays.\n"
                             + "* timetables are drafted\n* we agreed to test the night crossing\n";
        Page("a.md", notes).ShouldBeEmpty();
        Page("a.md", "# Ferry desk, weekly notes\n\n* pier repairs start in spring. the council pays.\n* timetables are drafted\n"
                     + "* We agreed to test it. for now the old quay stays.\n").ShouldBe(
        [
            "a.md(5,23): ED4003: Full stop before the lowercase fragment 'for': a broken sentence ('it. for')",
        ]);
        // Nor is a list of phrases in lower case in a page of prose: fewer than half its paragraphs and items open so.
        Page("a.md", "The ferry desk met on Monday.\n\nIt agreed on three aims:\n\n1. open timetables\n2. fair fares\n3. a safer pier\n\n"
                     + "The crews welcomed them.\n\nThe council pays for the pier.\n\nThe work starts in spring. for now the old quay stays.\n").ShouldBe(
        [
            "a.md(13,26): ED4003: Full stop before the lowercase fragment 'for': a broken sentence ('spring. for')",
        ]);
        // A list of changes linked by their titles, which their authors wrote in lower case, is no notes of the page's.
        Page("a.md", "Changes this week:\n\n* [add the winter timetable](https://example.org/1)\n* [fix the pier map](https://example.org/2)\n"
                     + "* [update the fares](https://example.org/3)\n\nThe crews sailed at noon. for now the old quay stays.\n").ShouldBe(
        [
            "a.md(7,25): ED4003: Full stop before the lowercase fragment 'for': a broken sentence ('noon. for')",
        ]);
    }

    [Fact]
    public void A_long_link_s_text_is_the_title_of_what_it_links_to_and_its_marks_are_its_author_s()
    {
        // A pull request's or a video's title, five words or more, as its author wrote it; a short link's text is the writer's.
        Page("a.md", "- Jo created [fixed the tide table bug. add ferry times](https://example.com/pr/1)\n"
                     + "- Jo created [Support vi mode ; and , motions](https://example.com/pr/2)\n"
                     + "- Jo read [the report .](https://example.com/r)\n").ShouldBe(
        [
            "a.md(3,23): ED4003: Space before '.'",
        ]);
    }

    [Fact]
    public void A_link_s_label_after_a_full_stop_keeps_its_case_but_the_same_word_as_prose_is_a_broken_sentence()
    {
        Page("a.md", "The crossings.\n\nLoad balancing works across piers. [timetables](https://example.com/t) list the times.\n\n"
                     + "Load balancing works across piers. timetables list the times.\n").ShouldBe(
        [
            "a.md(5,34): ED4003: Full stop before the lowercase fragment 'timetables': a broken sentence ('piers. timetables')",
        ]);
        Page("a.html", "<p>Load balancing works across piers. <a href=\"/t\">timetables</a> list the times.</p>").ShouldBeEmpty();
    }

    [Fact]
    public void A_note_in_a_table_cell_is_no_broken_sentence_but_its_doubled_marks_are_still_doubled()
    {
        // A cell holds a note, which may go on in lower case after a stop; a stop doubled there is doubled all the same.
        Page("a.md", "The crossings.\n\n| Route | Note |\n|---|---|\n| North pier | optional. the pier may close |\n| South pier | Sails at noon.. Returns at six |\n\n"
                     + "The ferry was delayed. by the storm.\n").ShouldBe(
        [
            "a.md(6,30): ED4003: Doubled full stop '..'",
            "a.md(8,22): ED4003: Full stop before the lowercase fragment 'by': a broken sentence ('delayed. by')",
        ]);
    }

    [Theory]
    [InlineData("The ferry waited..The crossing was calm.", "a.txt(1,18): ED4003: Doubled full stop '..'")]
    [InlineData("She said: “..if the wind drops, we sail.”", "a.txt(1,13): ED4003: Doubled full stop '..'")]
    // A word's stop doubled before a bracket or comma is no range's bound ("etc.." is no "a..").
    [InlineData("The ports (443, 4001, etc..) stay open.", "a.txt(1,27): ED4003: Doubled full stop '..'")]
    [InlineData("The crews had waited for hours, ..and then went home.", "a.txt(1,34): ED4003: Doubled full stop '..'")]
    public void Two_dots_between_words_of_a_sentence_are_a_doubled_stop(string text, string expected)
    {
        HygieneRun.Text(text).Where(d => d.Id == "ED4003").Select(HygieneRun.Describe).ShouldBe([expected]);
    }

    [Fact]
    public void In_Markdown_a_sentence_may_start_with_a_code_span_or_an_autolink_and_the_marks_around_them_are_still_checked()
    {
        const string page = "# Menus\n\n"
            + "The strip sits at the top of the form. `ToolStrip` controls hold the menus.\n\n"
            + "Each entry is an item. <xref:Sample.Menus.MenuItem> objects draw themselves.\n\n"
            + "Call `Open` once per window.. The menu then shows.\n";
        var findings = HygieneRun.File("a.md", page);
        findings.Where(d => d.Id == "ED4003").Select(HygieneRun.Describe).ShouldBe(["a.md(7,29): ED4003: Doubled full stop '..'"]);
    }

    [Fact]
    public void Template_tags_and_relative_paths_of_a_site_generator_s_article_are_left_alone_and_the_prose_around_them_is_checked()
    {
        // A Hugo page with shortcodes, a Jekyll include and an MDX import: their dots and quotation marks are the template's.
        const string page = "# The ferry returns\n\n"
            + "{{< figure src=\"../img/pier.jpg\" caption=\"The pier at dawn ..\" >}}\n\n"
            + "{% include gallery.html folder=\"../photos\" %}\n\n"
            + "import Timeline from './components/Timeline'\n\n"
            + "The ferry sails at noon {{< ref \"../timetable.md\" >}}. The crossing takes an hour..\n";
        var findings = HygieneRun.File("a.md", page);
        findings.Select(HygieneRun.Describe).ShouldBe(["a.md(9,83): ED4003: Doubled full stop '..'"]);
    }

    [Fact]
    public void Two_dots_between_template_tags_are_the_template_s_range_and_after_an_address_a_doubled_stop()
    {
        Page("a.md", "Compare the timetables {{ $from_week }}..{{ $to_week }} on the harbour site.\n\nThe list is at example.org..\n")
            .ShouldBe(["a.md(3,28): ED4003: Doubled full stop '..'"]);
    }

    [Fact]
    public void A_letter_glued_to_a_slash_or_a_parenthesis_after_a_full_stop_is_a_name_a_shorthand_or_a_label_and_a_word_is_a_broken_sentence()
    {
        // A letter standing alone is read as the rest of the sentence: in published copy, mostly a word cut short.
        Page("a.md", "The ferries run on two systems. z/OS runs the tickets.\n\nThe pier closed at night. h/t the harbour master.\n\n"
                     + "The work starts in spring. n this photo the quay waits.\n\nThe council chose between two plans. a) a new pier, b) a ferry.\n")
            .ShouldBe(["a.md(5,26): ED4003: Full stop before the lowercase fragment 'n': a broken sentence ('spring. n')"]);
    }

    [Fact]
    public void The_inside_of_a_Hugo_code_or_diagram_shortcode_is_code_and_of_any_other_shortcode_prose()
    {
        // The configuration a code-toggle shows has no fence around it: its comment is TOML's, not a sentence.
        const string page = "Set the redirect last:\n\n"
            + "{{< code-toggle file=hugo >}}\n[[redirects]] # Keep this one last.\nfrom = '/**'\n{{< /code-toggle >}}\n\n"
            + "{{% note %}}\nThe ferry sails at noon , the harbour master said.\n{{% /note %}}\n\n"
            + "{{< highlight go >}}\nx := pier . Length\n{{< /highlight >}}\n\n"
            + "{{< mermaid >}}\ngraph LR;\n  ferry-. Harbour-managed <br> berth .->pier[Pier];\n{{</ mermaid >}}\n";
        Page("a.md", page).ShouldBe(["a.md(9,25): ED4003: Space before ','"]);
        // A code shortcode that takes no inner text has no closing tag: the prose after it is read.
        Page("a.md", "{{< code file=\"pier.go\" >}}\n\nThe ferry sails at noon , the harbour master said.\n{{< code file=\"quay.go\" >}}\n")
            .ShouldBe(["a.md(3,25): ED4003: Space before ','"]);
        // A line of a hundred thousand openings that never close is read once, not once per opening (which took minutes).
        Page("a.md", string.Concat(Enumerable.Repeat("{{< code ", 100_000)) + "\n\nThe ferry sails at noon , the harbour master said.\n")
            .ShouldBe(["a.md(3,25): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_space_after_markdown_markup_is_left_alone_since_the_mark_s_neighbour_is_not_prose()
    {
        var findings = HygieneRun.File("a.md", "Shells fell on [Irpin](https://example.com/irpin) , a suburb.\n");
        findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_styled_with_a_stop_in_its_heading_and_again_in_the_page_is_its_styling()
    {
        // A newsletter's name: its heading and its masthead write it so.
        const string newsletter = "Harbour Trust quay notes. this week\n===\n\nHarbour Trust quay notes. this week: No. 12, 3 MAY 2004\n\n"
                                  + "The trust met on Monday and agreed to repair the quay.\n";
        Page("a.md", newsletter).ShouldBeEmpty();
        // Once only, in the heading or in the copy, it is a sentence cut.
        Page("a.md", newsletter.Replace("Harbour Trust quay notes. this week: No. 12", "Issue No. 12", StringComparison.Ordinal)).ShouldBe(
        [
            "a.md(1,25): ED4003: Full stop before the lowercase fragment 'this': a broken sentence ('notes. this')",
        ]);
        Page("a.md", "Harbour Trust\n===\n\nThe trust kept its quay notes. this week it met. The quay notes. this week were late.\n").Count.ShouldBe(2);
    }
}
