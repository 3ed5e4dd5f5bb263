using Editorial.Diagnostics;
using Editorial.Rules;

namespace Editorial.Tests.Hygiene;

public class RepeatedWordTests
{
    [Theory]
    [InlineData("Russian forces shelled the the suburbs.", "a.txt(1,28): ED4005: Repeated word 'the'", "Russian forces shelled the suburbs.")]
    [InlineData("The the talks ended.", "a.txt(1,5): ED4005: Repeated word 'the'", "The talks ended.")]
    [InlineData("The talks were held in in\nBelarus.", "a.txt(1,24): ED4005: Repeated word 'in'", "The talks were held in\nBelarus.")]
    [InlineData("The man who was was seen near the bridge.", "a.txt(1,17): ED4005: Repeated word 'was'", "The man who was seen near the bridge.")]
    // Three times or more: one finding over the repeats, whose fix removes them all.
    [InlineData("Crews cleared the the the road.", "a.txt(1,19): ED4005: Repeated word 'the'", "Crews cleared the road.")]
    [InlineData("He said “the the road is closed” on Monday.", "a.txt(1,14): ED4005: Repeated word 'the'", "He said “the road is closed” on Monday.")]
    [InlineData("The crew found a a leak in the hull.", "a.txt(1,18): ED4005: Repeated word 'a'", "The crew found a leak in the hull.")]
    // A verb the profile gives no such particle, or "for" after a noun: a slip.
    [InlineData("Ferries were licensed in in 1993.", "a.txt(1,26): ED4005: Repeated word 'in'", "Ferries were licensed in 1993.")]
    [InlineData("The ferry board was in in the final stages of the talks.", "a.txt(1,24): ED4005: Repeated word 'in'", "The ferry board was in the final stages of the talks.")]
    [InlineData("It is the time for for change.", "a.txt(1,20): ED4005: Repeated word 'for'", "It is the time for change.")]
    [InlineData("Use the same thing for for the rest.", "a.txt(1,24): ED4005: Repeated word 'for'", "Use the same thing for the rest.")]
    public void A_word_typed_twice_is_reported_and_removed(string text, string expected, string fixedText)
    {
        var finding = HygieneRun.Text(text).Single();
        HygieneRun.Describe(finding).ShouldBe(expected);
        HygieneRun.ApplyFix(text, finding).ShouldBe(fixedText);
    }

    [Theory]
    [InlineData("He had had enough of the talks.")]
    [InlineData("She said that that was not the plan.")]
    [InlineData("“The situation cannot, cannot go on like this,” he said.")]
    // A run that goes on across a comma with the same word is chanted.
    [InlineData("The crowd on the pier sang ho ho, ho ho ho, as the ferry left.")]
    [InlineData("Copy all these rows, rows rows, and paste them below.")]
    [InlineData("The band Duran Duran played in Lviv.")]
    [InlineData("The talks ended. The talks resume on Monday.")]
    [InlineData("What it is is a ceasefire.")]
    [InlineData("The ministry gave her her first posting in Lviv.")]
    // An object pronoun and the subject of the clause after it.
    [InlineData("The harbour master will tell you you cannot dock at the pier.")]
    [InlineData("What it was was a ceasefire in all but name.")]
    [InlineData("How true that was was still being argued on Monday.")]
    [InlineData("He listed roads, bridges, schools etc etc and then stopped.")]
    [InlineData("The minister, cough cough, was not available.")]
    [InlineData("The board will, hint hint, look at the fares again, and the crews shouted oi oi from the pier.")]
    [InlineData("And then, surprise surprise, the fares went up again.")]
    [InlineData("It was a very very long night for the crews.")]
    [InlineData("The council took a softly softly approach to the ferry fares.")]
    [InlineData("“I truly truly hope the pier reopens,” she said.")]
    [InlineData("Her great great grandparents built the first pier.")]
    [InlineData("The band closed with Que sera sera, and the crowd sang along.")]
    [InlineData("The sweet sweet smell of the bakery drew a pretty pretty long queue to the pier.")]
    [InlineData("The fans chanted go go go as the boat came in.")]
    // A compass point between two others: south-southeast written open.
    [InlineData("The wreck lies two km south south east of the pier, and the buoy north north west of it.")]
    // The last label of a domain that is also an English word: part of the name, which the tokenizer reads as words.
    [InlineData("The conference site gophercon.in in Bengaluru opened its doors.")]
    // A species named by a tautonym, its genus and epithet alike.
    [InlineData("Pipile pipile was seen near the ferry pier.")]
    // A word no list of English knows, doubled: another language's reduplication, a subspecies' epithet.
    [InlineData("The ferry crew brewed tea from mawa mawa leaves and watched Falco zelandicus zelandicus over the pier.")]
    // A number's compound and the noun it modifies.
    [InlineData("The brief asks for a 5,000-word word count and a 24-hour hour hand on the pier clock.")]
    // A term named in quotation marks, the doubled word all the quotation holds: agile's "done done".
    [InlineData("The crew knows what “done done” means, and a task is “done done.” only when the ferry sails.")]
    // A name and its noun: the app is Notes, its items notes.
    [InlineData("She exported her Apple Notes notes to the ferry desk.")]
    // Letters, not words: a formula's variable written out, a string spelled letter by letter.
    [InlineData("The best-of-n n n method picks the top of n samples.")]
    [InlineData("The cipher read o y f j x x z a a t, and the crew cracked it.")]
    // Letters left by a wrong character set: "â" and control characters where curly quotation marks were.
    [InlineData("The mayor said \u00e2\u0080\u009c \u00e2\u0080\u009cno\u00e2\u0080\u009d to the plan.")]
    // A command line's option and the name of its value: "--version version".
    [InlineData("Print the ferry tool's release with --version version[=true] and quit.")]
    // A word said three times in a quotation: the speaker's emphasis, as a chant is.
    [InlineData("“The lights go off off off when the ferry docks,” the skipper said.")]
    // A word of meaning said three times: for effect, or a name's ("the group called crews crews crews").
    [InlineData("The group called crews crews crews shared the timetables.")]
    // A preposition after the same word ending a verb's phrase: a particle verb of the profile, "for" after a verb in -ing or -ed.
    [InlineData("They do not know what is going on on the ferry.")]
    [InlineData("The new harbour master is sworn in in January, and the council weighed in in favour.")]
    [InlineData("The ferry levy was brought in in the late 1980s, and the council is bringing in in May a new one.")]
    [InlineData("The faults with the ferry's ticket app were still being worked on on Tuesday.")]
    [InlineData("It is the timetable we have called for for a year, in the dispute the union is engaged in in the port.")]
    // The second word of a pair joined by a slash, the name of a choice.
    [InlineData("Is the new timetable an either/or or is there a middle way for the ferry?")]
    [InlineData("The berth they were hired for for a year is gone, and it is the ferry we were waiting for for hours.")]
    // "in", "on" or "at" left at a relative clause's end by a form of "be": its object stands earlier in the sentence.
    [InlineData("Crews can leave the contracts that they should never have been in in the first place.")]
    // An idiom and an interjection said twice, and digits read one by one, as a transcript renders speech.
    [InlineData("It is a win win for the ferry, the skipper said. When is enough enough? Mm hmm hmm. Steady, three zero zero.")]
    [InlineData("The skipper steps in in his uniform, and there are better things you could turn to to say it.")]
    [InlineData("The lengths some skippers will go to to dock first are famous.")]
    // Two spaces or more on one line part the words where a mark a scrape dropped stood: a speaker's restart.
    [InlineData("How can you  you say the ferry is late? If  if -- the timetable holds, it sails.")]
    // A table's cells run into one paragraph: two empty cells are the data's; "nil" is one on a row of its own too, and a score.
    [InlineData("Reserve 0.1 1.0 nil nil\n\nThe match ended nil nil after extra time.")]
    [InlineData("Berths booked by quay, in thousands: North 3,157.6 3,684.1 1,591.4 1,635.6 South 143.8 144.3 87.1 57.1 East 9.5 9.5 nil nil West nil nil nil nil Total 3,310.9 3,837.9 1,679.0 1,692.7")]
    // A preposition before a phrase borrowed whole that opens with the same word.
    [InlineData("In in vitro tests the hull paint held, and so it did in in situ tests at the pier.")]
    // A transcript keeps the speaker's restarts, in a turn and in the paragraphs a long answer runs on over.
    [InlineData("HARBOUR MASTER: The the ferry sails at nine.\n\nREPORTER: And the pier?\n\nHARBOUR MASTER: Closed.\n\n"
                + "It stays closed while we we repair it.\n\nREPORTER: Thank you.\n")]
    // A table's negligible cells, and a verb's particle before an infinitive.
    [InlineData("Arrivals by boat\n\nDarwin 12 neg neg 3\n\nThe figures they point to to support the plan are old.")]
    // A verb's particle before the same preposition, and idioms said twice.
    [InlineData("The council called on on Monday to back the plan, way way back in May, as the ferry sailed into the never never.")]
    public void Legitimate_repeats_are_left_alone(string text)
    {
        // ED4005's own: the garbled quotation marks of one case are ED4009's.
        HygieneRun.Text(text).Where(d => d.Id == "ED4005").ShouldBeEmpty();
    }

    [Theory]
    // Any rule's fix that puts a word beside its double (here "thee" to "the", across a tab) takes the double in.
    [InlineData("Crews reached thee\tthe harbour.", "thee", "the", "Crews reached the harbour.")]
    // A double on the profile's list of words English repeats, or capitalised, or one that was there before, stays.
    [InlineData("He had hadd enough.", "hadd", "had", "He had had enough.")]
    [InlineData("Crews reached Thee The harbour.", "Thee", "The", "Crews reached The The harbour.")]
    [InlineData("Crews reached the the harbour on Mondy.", "Mondy", "Monday", "Crews reached the the harbour on Monday.")]
    public void A_fix_leaves_no_repeated_word_behind(string text, string replaced, string replacement, string fixedText)
    {
        var analyzed = new AnalyzedArticle(Articles.Article.Parse("a.txt", text), Profiles.ProfileSet.BuiltIn.Default, Configuration.ArticleSettings.Empty, null);
        var span = new Text.TextSpan(text.IndexOf(replaced, StringComparison.Ordinal), replaced.Length);
        var edit = RepeatFreeFixes.Apply(analyzed, new Fix("Fix", new TextEdit(span, replacement))).Edit;
        text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText).ShouldBe(fixedText);
    }

    [Fact]
    public void The_first_word_of_a_link_after_the_last_of_another_is_no_repeat()
    {
        // A list of tags, each a link: "ferry", then "ferry times". One link's text that repeats a word is still a slip.
        const string page = "<p>The timetable changed.</p>\n<p>Tags: <a href=\"/t/ferry\">ferry</a> <a href=\"/t/ferry-times\">ferry times</a></p>\n"
            + "<p>See <a href=\"/pier\">the the pier</a> today.</p>\n";
        HygieneRun.File("a.html", page)
            .Where(d => d.Id == "ED4005").Select(HygieneRun.Describe).ShouldBe(["a.html(3,28): ED4005: Repeated word 'the'"]);
    }

    [Fact]
    public void A_component_on_a_line_of_its_own_parts_a_label_from_the_word_after_it()
    {
        // A tab's label, then the component that holds its command: the tag parts them as a block does in MDX.
        const string page = "To install the tool:\n\nnpm\n<TerminalBlock>\nnpm install ferry-timetable\n</TerminalBlock>\n";
        HygieneRun.File("a.md", page)
            .Where(d => d.Id == "ED4005").ShouldBeEmpty();
        // A tag inside the line is markup between two words, which still repeat.
        HygieneRun.File("a.md", "The ferry left the <b>the</b> pier.\n")
            .Where(d => d.Id == "ED4005").Select(HygieneRun.Describe).ShouldBe(["a.md(1,23): ED4005: Repeated word 'the'"]);
    }

    [Fact]
    public void A_markdown_image_between_two_words_is_no_repeat_and_its_alt_text_no_word()
    {
        HygieneRun.File("a.md", "Forces shelled the ![the harbour](a.png) the suburbs. Talks went on in the ![photo](b.png) capital.\n").ShouldBeEmpty();
    }

    [Fact]
    public void An_html_image_tag_in_a_markdown_paragraph_is_no_repeat_either()
    {
        HygieneRun.File("a.md", "Forces shelled the <img src=\"a.png\" alt=\"the harbour\"> the suburbs.\n")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Markdown_emphasis_between_the_two_words_is_reported_without_a_fix_that_would_break_it()
    {
        var finding = HygieneRun.File("a.md", "Forces shelled the *the* suburbs.\n").Single();
        HygieneRun.Describe(finding).ShouldBe("a.md(1,21): ED4005: Repeated word 'the'");
        finding.Fix.ShouldBeNull();
    }
}
