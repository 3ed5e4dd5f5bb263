using Editorial.Configuration;
using Editorial.Engine;
using Editorial.Profiles;

namespace Editorial.Tests.Spelling;

/// <summary>ED1009: a lone misspelling, one typing slip from a single common word, with sentences of our own.</summary>
public class MisspeltWordRuleTests
{
    private static List<string> Lines(string text) => SpellingCheck.Lines(text).Where(l => l.Contains("ED1009", StringComparison.Ordinal)).ToList();

    [Fact]
    public void A_word_one_slip_from_one_common_word_is_reported_with_the_word_as_its_fix()
    {
        Lines("Officers found the stolen car in his posession on Monday.").ShouldBe(
        [
            "a.txt(1,38,1,47): info ED1009: 'posession' looks like a misspelling of 'possession' => possession",
        ]);
        // Swapped, added and replaced letters alike.
        Lines("The town was beseiged for a week.").ShouldBe(["a.txt(1,14,1,22): info ED1009: 'beseiged' looks like a misspelling of 'besieged' => besieged"]);
        Lines("She spoke of poor communcation between the agencies.").ShouldBe(
            ["a.txt(1,19,1,31): info ED1009: 'communcation' looks like a misspelling of 'communication' => communication"]);
    }

    [Fact]
    public void A_letter_replaced_by_a_neighbouring_key_a_vowel_or_a_sound_alike_is_a_slip_and_another_letter_is_another_word()
    {
        Lines("The crew tried to inprove the timetable.").ShouldBe(["a.txt(1,19,1,26): info ED1009: 'inprove' looks like a misspelling of 'improve' => improve"]);
        Lines("Trade priviliges were granted to the port.").ShouldBe(
            ["a.txt(1,7,1,17): info ED1009: 'priviliges' looks like a misspelling of 'privileges' => privileges"]);
        // "p" for "m" is neither: a word of another field ("hepatology" beside "hematology"), not a slip of the keys.
        Lines("The clinic opened a hepatology ward.").ShouldBeEmpty();
        // A letter put before it makes a common word too: "cautioned" with its first letter lost, or "auctioned" with one left out?
        Lines("The mayor autioned that the talks could fail.").ShouldBeEmpty();
    }

    [Fact]
    public void A_dropped_g_marked_by_an_apostrophe_and_a_y_adjective_s_noun_are_words_of_their_own()
    {
        // Dialogue writes the speaker's "-in'" for "-ing": "throwin'" is "throwing", no slip of "thrown".
        Lines("Everywhere I go, they be throwin' parties.").ShouldBeEmpty();
        Lines("Everywhere I go, they be throwin’ parties.").ShouldBeEmpty();
        // Without the apostrophe it is the slip it looks like.
        Lines("Everywhere I go, they be throwin parties.").ShouldBe(["a.txt(1,26,1,33): info ED1009: 'throwin' looks like a misspelling of 'thrown' => thrown"]);
        // "spaciness" is "spacy" made a noun, as "tidiness" is "tidy", not "spiciness" misspelt.
        Lines("The film's spaciness put the critics off.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_the_outlets_profile_spells_is_the_outlets_word()
    {
        const string Text = "Builders said the extension ends the rorting of the levy.";
        Lines(Text).ShouldBe(["a.txt(1,38,1,45): info ED1009: 'rorting' looks like a misspelling of 'rotting' => rotting"]);
        // A house profile that names the word as its spelling, with no variants, is the newsroom's own dictionary.
        var profiles = ProfileSet.Load([new ProfileSource("rules/desk.yml", "name: desk\nextends: default\nspellings:\n  - preferred: rorting\n")],
            RuleCatalog.Vocabulary);
        profiles.Diagnostics.ShouldBeEmpty();
        new EditorialEngine(profiles, SpellingCheck.Rules).Check([new ArticleInput("a.txt", Text, new ArticleSettings(defaultOutlet: "desk"))])
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_letter_written_three_times_running_is_a_misspelling_of_any_length()
    {
        // No English word triples a letter, so neither the split into "app" and "parent" nor a short word excuses it.
        Lines("It was an appparent attempt to stall.").ShouldBe(["a.txt(1,11,1,20): info ED1009: 'appparent' looks like a misspelling of 'apparent' => apparent"]);
        Lines("The vote was sooon over.").ShouldBe(["a.txt(1,14,1,19): info ED1009: 'sooon' looks like a misspelling of 'soon' => soon"]);
        // A sound drawn out, with no common word one letter shorter.
        Lines("The crowd went hmmmm at the news.").ShouldBeEmpty();
    }

    [Fact]
    public void A_run_of_letters_longer_than_any_common_word_by_two_is_no_misspelling_and_one_longer_by_one_can_be()
    {
        // "counterrevolutionaries" is the longest common word: one letter added to it is still one slip from it.
        Lines("They were called counterrevoluttionaries at the time.").ShouldBe(
            ["a.txt(1,18,1,41): info ED1009: 'counterrevoluttionaries' looks like a misspelling of 'counterrevolutionaries' => counterrevolutionaries"]);
        // A pasted run of thousands of letters is one slip from nothing: it is not searched for one (which took seconds).
        Lines("The code was " + new string('w', 3000) + " in the log.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_formed_by_rule_from_a_common_word_is_no_misspelling()
    {
        // "memo" + "-ize", "-ization": one slip from "memorize", but coined by a rule English applies freely; so is "tappable".
        Lines("The desk memoized each answer. Its memoization kept the crew's tappable timetable fast.").ShouldBeEmpty();
        // A verb in "-ate" makes its adjective in "-able" without it: "irrigable" of "irrigate", one slip from "irritable".
        Lines("The tribe counts its irrigable acres along the river.").ShouldBeEmpty();
        // "shirt" + "-less" + "-ness": one slip from "shiftlessness", but formed so.
        Lines("The first complaint of the crew was shirtlessness, the second was noise.").ShouldBeEmpty();
        // A noun in "-y" coins its verb without it, as "apology" does "apologise": "strategise" beside "strategies" is no slip.
        SpellingCheck.Lines("Their strategies worked. The crews met to strategise about the new ferry timetable.").ShouldBeEmpty();
        // A noun that is a verb already ("prophesy", "prophesied") coins none: "prophesized" is still a slip.
        Lines("The skipper prophesized a calm crossing.").ShouldBe(["a.txt(1,13,1,24): info ED1009: 'prophesized' looks like a misspelling of 'prophesied' => prophesied"]);
        // A stem that drops a letter is no such word: "stablize" is a slip of "stabilize".
        Lines("Crews tried to stablize the hull.").ShouldBe(["a.txt(1,16,1,24): info ED1009: 'stablize' looks like a misspelling of 'stabilize' => stabilize"]);
    }

    [Fact]
    public void A_familiar_form_in_ie_of_a_word_of_one_syllable_is_no_slip_and_one_of_more_syllables_is()
    {
        // "tradie" (trade), "sickie" (sick): Australian and New Zealand English coin them freely, beside the word itself too.
        Lines("Local tradies say the new levy hits them hardest, and one took a sickie.").ShouldBeEmpty();
        SpellingCheck.Lines("The levy hits every trade. A tradie in the town said the trade was quiet.").ShouldBeEmpty();
        // "recipie" is "recipe" misspelt: the ending of a word of more syllables is no familiar form.
        Lines("The cook shared a recipie for the town fair.").ShouldBe(["a.txt(1,19,1,26): info ED1009: 'recipie' looks like a misspelling of 'recipe' => recipe"]);
    }

    [Fact]
    public void A_common_word_made_an_agent_or_given_a_prefix_is_no_slip_of_the_word_it_is_a_letter_from()
    {
        // "funder" (fund + er) beside "founder", "reposted" beside "reported": words typed on purpose, though the lists lack them.
        SpellingCheck.Lines("The founder spoke. Its funder, a harbour trust, stayed away.").ShouldBeEmpty();
        SpellingCheck.Lines("The paper reported the delay, and the mayor reposted it.").ShouldBeEmpty();
        // Opposite prefixes one letter apart make two words: "macropolitics" is no slip of "micropolitics".
        SpellingCheck.Lines("The study of micropolitics looks at small groups. Such micropolitics matters, as opposed to macropolitics.").ShouldBeEmpty();
        // A compound in "-man" and its plural in "-men": one word in two numbers.
        SpellingCheck.Lines("The ferryman waved. The ferryman sang. Two ferrymen rowed, and a strawman or two strawmen stood by.").ShouldBeEmpty();
        // A compound verb whose past is a letter from its present, in its two tenses.
        SpellingCheck.Lines("Mothers who breastfeed were asked. Babies breastfed for a year slept more. Those breastfed less slept less.").ShouldBeEmpty();
        // An inflection that misses the stem's doubled letter or doubles a single one, a short word after a prefix, a stem and
        // a derivation's ending: slips, still reported.
        SpellingCheck.Lines("Crews committed the timetable. Nobody commited the fares.").Count.ShouldBe(1);
        SpellingCheck.Lines("The ferry returns at noon and retuns at six.").Count.ShouldBe(1);
        // A letter replaced where a letter put before the word makes another word too: the first letter lost is as likely.
        SpellingCheck.Lines("The crew left after noon. In the atter stages of the strike the pier shut.").ShouldBeEmpty();
        SpellingCheck.Lines("The crew left earlier. The ferry came earier than planned.").Count.ShouldBe(1);
        // A letter no slip puts there is another word ("spendy" beside "speedy"); a double put on the wrong letter is a slip.
        SpellingCheck.Lines("The speedy ferry left. The new ferry is spendy but quiet.").ShouldBeEmpty();
        SpellingCheck.Lines("The vacuum pump failed. A second vaccum pump was sent.").Count.ShouldBe(1);
        SpellingCheck.Lines("The statement came late. The statment named the pier.").ShouldBe(
            ["a.txt(1,30,1,38): info ED1001: 'statment' is spelled 'statement' elsewhere in this article => statement"]);
    }

    [Fact]
    public void A_slip_that_also_reads_as_a_prefix_on_a_slip_of_another_word_says_nothing_of_which_word_was_meant()
    {
        // "unadressed": "undressed" with a letter added, or "un" on "addressed" with one left out.
        Lines("The fare question was left unadressed for a year.").ShouldBeEmpty();
        // "proccess" is a slip of "process" alone: still reported.
        Lines("The pier's rebuilding was a long and costly proccess for the town.").ShouldBe(
            ["a.txt(1,45,1,53): info ED1009: 'proccess' looks like a misspelling of 'process' => process"]);
    }

    [Fact]
    public void Where_the_article_writes_the_word_right_the_misspelling_is_ED1001s()
    {
        var lines = SpellingCheck.Lines("The administration met. Its adminstration of the parks drew praise.");
        lines.ShouldBe(["a.txt(1,29,1,42): info ED1001: 'adminstration' is spelled 'administration' elsewhere in this article => administration"]);
    }

    [Fact]
    public void A_word_written_more_often_than_the_common_word_it_is_one_letter_from_is_the_writer_s_word()
    {
        // "docklet" twice beside "docket" once is a term of its own, not a slip of the keys typed twice alike; written once, or
        // as often as the word, it is still a slip.
        SpellingCheck.Lines("The storage docklet failed. A MySQL-backed log kept the docklet busy.").ShouldBeEmpty();
        SpellingCheck.Lines("The plan was on the docket of the board. The docklet failed.").ShouldBe(
            ["a.txt(1,46,1,53): info ED1001: 'docklet' is spelled 'docket' elsewhere in this article => docket"]);
        SpellingCheck.Lines("The administration met. Its adminstration of the parks, and the administration's, drew an adminstration fine.").Count.ShouldBe(2);
    }

    [Fact]
    public void A_contraction_that_lost_its_apostrophe_or_the_rest_of_an_altered_word_is_no_slip()
    {
        // "theyre" is one letter from "there", but "there" is not the word meant; the rest of "[W]hoever" is no "however".
        SpellingCheck.Lines("There were crews there. The ferry may sail, but theyre not sure, and it doesnt help that youve left.")
            .ShouldBeEmpty();
        SpellingCheck.Lines("The crew, however, agreed. “[W]hoever docks first wins,” the skipper wrote, however late.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_with_a_capital_inside_is_an_identifier_or_a_brand_and_no_slip()
    {
        // "useId" is one letter from "used", which the article writes: it is code, as "iPier" is a brand, not a typing slip.
        SpellingCheck.Lines("The harbour used a new app. Call useId in the timetable page, then open the iPier app and the ePier site.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_British_spelling_with_ae_or_oe_of_a_word_the_lists_know_with_e_is_no_slip()
    {
        SpellingCheck.Lines("The ferry nurse treated the neonatal hypoglycaemia of a passenger's child.").ShouldBeEmpty();
        SpellingCheck.Lines("The harbour clinic moved its paediatric ward and its oesophagus scans.").ShouldBeEmpty();
        // Letters swapped are still a slip.
        SpellingCheck.Lines("The ferry nurse treated the neonatal hypoglyceamia of a passenger's child.").Count.ShouldBe(1);
    }

    [Fact]
    public void The_second_part_of_a_species_latin_name_is_no_slip()
    {
        SpellingCheck.Lines("The harbour glows at night with the algae Gonyaulax polyedra, the lab's favourite.").ShouldBeEmpty();
        // After a name the lists know, the word is still a slip.
        SpellingCheck.Lines("The harbour glows at night near Minnesota polyedra, the lab's favourite.").Count.ShouldBe(1);
    }

    [Fact]
    public void A_word_glossed_in_quotation_marks_after_it_is_another_language_s_and_no_slip()
    {
        SpellingCheck.Lines("The ferry's name comes from the Greek herpein (\"to creep\"), and the crew says personne [“person”] for each passenger.")
            .ShouldBeEmpty();
        SpellingCheck.Lines("The ferry's name comes from the Greek herpein, and the crew says it every day.").Count.ShouldBe(1);
    }

    [Fact]
    public void A_word_after_the_particle_de_is_of_another_language_and_no_slip()
    {
        SpellingCheck.Lines("The harbour court once sat a jury de medietate linguae for the ferry case.").ShouldBeEmpty();
        SpellingCheck.Lines("The harbour court sat to medietate on the ferry case.").Count.ShouldBe(1);
    }

    [Fact]
    public void The_user_name_of_an_address_on_a_local_network_is_no_slip()
    {
        SpellingCheck.Lines("For seats, write to the harbour office (posession@pier) by Friday.").ShouldBeEmpty();
        SpellingCheck.Lines("For seats, the harbour office takes posession of the forms by Friday.").Count.ShouldBe(1);
    }

    [Fact]
    public void A_word_that_opens_a_list_item_in_lower_case_is_a_handle_or_a_command_and_no_slip()
    {
        SpellingCheck.Text("- hustlar created a timetable for the harbour.\n- hustlar fixed the tide tables.", path: "a.md").ShouldBeEmpty();
        // Elsewhere the same letters are a slip of the common word, on a line after an abbreviation's point too.
        SpellingCheck.Lines("The harbour sold the boat to the U.S.\ngovernement.").Count.ShouldBe(1);
        SpellingCheck.Lines("The harbour master hired a hustlar on Monday.").ShouldBe(
        [
            "a.txt(1,28,1,35): info ED1009: 'hustlar' looks like a misspelling of 'hustler' => hustler",
        ]);
    }

    [Fact]
    public void A_word_before_a_version_is_a_package_s_name_and_no_slip()
    {
        SpellingCheck.Lines("The harbour published a posession on Monday.").Count.ShouldBe(1);
        SpellingCheck.Lines("The release bundles posession 0.6.1 with the harbour tools.").ShouldBeEmpty();
        SpellingCheck.Lines("Bump posession from 2.19.2 to 2.20.0 for the harbour tools.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_the_page_s_code_writes_is_a_term_of_that_code_and_no_slip()
    {
        // "strct" is written in the code block, "stict" nowhere outside prose: only the latter is a slip of "strict".
        const string page = "# Timetables\n\nThe parser is strict about dates. Declare each sailing as a strct, as below.\n\n"
            + "```c\nstrct sailing { int hour; };\n```\n\nThe checker is stict about the hours too.\n";
        SpellingCheck.Text(page, path: "a.md").Select(SpellingCheck.Line).ShouldBe(
            ["a.md(9,16,9,21): info ED1001: 'stict' is spelled 'strict' elsewhere in this article => strict"]);
        // Plain text hides nothing: the same words there are both slips.
        SpellingCheck.Lines("The parser is strict about dates. Declare each sailing as a strct. The checker is stict too.").Count.ShouldBe(2);
    }

    [Fact]
    public void A_capitalised_name_the_page_s_code_or_links_write_in_lower_case_is_that_project_s_name_and_no_slip()
    {
        // "Tokko" is one slip from "Tokyo", which the name list knows; the page links to tokko.example and calls tokko::run.
        const string page = "# Meetups\n\nThe harbour meetup moved to Tokyo this spring.\n\n"
            + "Read [Announcing a scheduler for Tokko](https://tokko.example/blog) first.\n\nStart it with `tokko::run`.\n";
        SpellingCheck.Text(page, path: "a.md").Where(d => d.Id.StartsWith("ED1", StringComparison.Ordinal)).ShouldBeEmpty();
        // An address leaves out a name's diacritics whatever the name: "Sao" there says nothing of its spelling.
        SpellingCheck.Text("# Meetups\n\nThe harbour meetup moved to São Paulo this spring, and the desk met in São Paulo.\n\n"
                + "The desk joined [Rust Sao Paulo](https://meetups.example/sao-paulo) in May.\n", path: "a.md").Select(SpellingCheck.Line).ShouldBe(
            ["a.md(5,23,5,26): info ED1001: 'Sao' is spelled 'São' elsewhere in this article => São"]);
        // With no such code or address, the name is a slip of the place.
        SpellingCheck.Lines("The harbour meetup moved to Tokyo this spring. Announcing a scheduler for Tokko.").ShouldBe(
            ["a.txt(1,75,1,80): info ED1001: 'Tokko' is spelled 'Tokyo' elsewhere in this article => Tokyo"]);
    }

    [Fact]
    public void The_plural_of_a_term_the_page_writes_in_its_code_or_its_prose_is_no_misspelling()
    {
        // "sprocklets" is one slip from "sprockets"; the page writes "sprocklet" in its code, or in its prose, and pluralises it.
        const string code = "# Timetables\n\nThe parser reads all the sailing sprocklets of the day.\n\n```go\nvar sprocklet = sprocklet.New(sailings)\n```\n";
        Lines(code).ShouldBeEmpty();
        SpellingCheck.Text(code, path: "a.md").Where(d => d.Id == "ED1009").ShouldBeEmpty();
        Lines("Each sailing is a sprocklet, and each sprocklet holds an hour. The parser reads all the sailing sprocklets of the day.").ShouldBeEmpty();
        Lines("The parser reads all the sailing sprocklets of the day.").ShouldBe(
            ["a.txt(1,34,1,44): info ED1009: 'sprocklets' looks like a misspelling of 'sprockets' => sprockets"]);
    }

    [Fact]
    public void A_text_of_over_a_thousand_different_unknown_words_is_searched_for_no_slips_or_misspellings()
    {
        // Words no list knows: "zqbawuv", "zqbbwuv", ... Over a thousand different ones are another language or a list of
        // codes, whose slips cannot be told from its words.
        static string Unknown(int count) => string.Join(" ", Enumerable.Range(0, count).Select(i => $"zq{(char)('a' + i / 676)}{(char)('a' + i / 26 % 26)}{(char)('a' + i % 26)}wuv"));
        const string copy = "The administration met. Its adminstration of the parks drew praise.";
        SpellingCheck.Lines(copy + "\n\n" + Unknown(20) + ".\n").ShouldContain(l => l.Contains("'adminstration' is spelled 'administration'"));
        SpellingCheck.Lines(copy + "\n\n" + Unknown(1001) + ".\n").ShouldNotContain(l => l.Contains("'adminstration'"));
        const string lone = "Officers found the car in his posession.";
        Lines(lone + "\n\n" + Unknown(20) + ".\n").ShouldBe(["a.txt(1,31,1,40): info ED1009: 'posession' looks like a misspelling of 'possession' => possession"]);
        Lines(lone + "\n\n" + Unknown(1001) + ".\n").ShouldBeEmpty();
    }

    [Fact]
    public void Short_repeated_ambiguous_capitalised_and_glued_words_are_not_reported()
    {
        // Under seven letters: one slip from too many words.
        Lines("The mayor spoke unitl noon.").ShouldBeEmpty();
        // Written twice alike: the writer's spelling.
        Lines("The ferrocine sample was pure. More ferrocine arrived.").ShouldBeEmpty();
        // One slip from two common words.
        Lines("The convertion rate fell.").ShouldBeEmpty();
        // Capitalised: a name or a sentence start.
        Lines("Posession was the charge.").ShouldBeEmpty();
        // Glued to a bracket, part of an edited quotation.
        Lines("He wrote that \"[T]echnology changes\" everything.").ShouldBeEmpty();
        // Others' words keep their spelling.
        Lines("\"The city is beseiged,\" the mayor wrote on Monday.").ShouldBeEmpty();
    }

    [Fact]
    public void An_article_of_many_unknown_words_gets_the_findings_of_one_of_few()
    {
        // Twenty coinages, each written twice (the writer's spelling, no slip): past the first few words asked about, the
        // article's words are counted once in a table, which must count them as a pass over the words does.
        var coinages = string.Concat(Enumerable.Range(0, 20).Select(i => $"The zorblat{(char)('a' + i)}ix report came. Another zorblat{(char)('a' + i)}ix report followed. "));
        var text = coinages + "Officers found the car in his posession.";
        Lines(text).ShouldBe([$"a.txt(1,{text.Length - 9},1,{text.Length}): info ED1009: 'posession' looks like a misspelling of 'possession' => possession"]);
    }

    [Fact]
    public void Real_words_the_lists_know_another_way_are_not_misspellings()
    {
        // A rarer real word (ENABLE2K) one slip from a common one.
        Lines("The uncrewed capsule landed safely.").ShouldBeEmpty();
        // A prefix or an inflection of a common word, two common words closed up, the other region's spelling.
        Lines("The races were still unprojected by midnight.").ShouldBeEmpty();
        Lines("Staff in payrolled employment rose again.").ShouldBeEmpty();
        Lines("The rightwing parties gained seats.").ShouldBeEmpty();
        Lines("The crater was 100 metres in diametre.").ShouldBeEmpty();
        Lines("They plan to electrolyse seawater.").ShouldBeEmpty();
    }

    [Fact]
    public void Words_of_computing_that_the_common_words_lack_are_no_slips_of_the_words_they_resemble()
    {
        // cspell-dicts' software terms: "structs" is no "struts", "gzipped" no "gripped", even where the article writes the other.
        Lines("Rust groups data in structs and enums.").ShouldBeEmpty();
        Lines("The archive is gzipped before the upload.").ShouldBeEmpty();
        SpellingCheck.Lines("The backend was backed up nightly. The server follows semver for its releases.").ShouldBeEmpty();
        // A slip of an ordinary word is still one, beside the word.
        SpellingCheck.Lines("The server restarted. The sevrer then answered.")
            .ShouldBe(["a.txt(1,27,1,33): info ED1001: 'sevrer' is spelled 'server' elsewhere in this article => server"]);
    }
}
