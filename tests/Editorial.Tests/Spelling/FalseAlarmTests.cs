namespace Editorial.Tests.Spelling;

/// <summary>
/// The false-alarm classes of the spelling rules' audit on published news, each with sentences written for the test: ties
/// with no majority, dictionary compounds, words that are no regional evidence, common nouns inside longer names, garbled
/// text, and abbreviations inside names.
/// </summary>
public class FalseAlarmTests
{
    private static List<string> Lines(string text, string? outlet = null, string path = "a.txt") =>
        SpellingCheck.Text(text, outlet, path).Select(SpellingCheck.Line).ToList();

    // Ties: one form each, no majority

    [Fact]
    public void A_tie_of_one_each_in_different_paragraphs_reports_nothing()
    {
        Lines("The US envoy arrived on Monday.\n\nLater the U.S. embassy said talks would go on.").ShouldBeEmpty();
        Lines("Officials met by videoconference on Monday.\n\nA second video conference followed on Friday.").ShouldBeEmpty();
        Lines("Engineers measured the color of the river.\n\nThe colour changed after the storm.").ShouldBeEmpty();
    }

    [Fact]
    public void A_tie_in_one_paragraph_reports_the_later_form()
    {
        Lines("The US envoy arrived on Monday, and the U.S. embassy said talks would go on.").ShouldBe(
        [
            "a.txt(1,41,1,45): info ED1006: 'U.S.' should be 'US' (as in the rest of this article) => US",
        ]);
        Lines("He defended the ministry's defence plan, and the defense budget grew.").ShouldBe(
        [
            "a.txt(1,50,1,57): info ED1003: 'defense' is American spelling; this article uses British spelling: 'defence' => defence",
        ]);
    }

    [Fact]
    public void A_tie_of_a_name_or_compound_found_without_a_list_reports_nothing_even_in_one_paragraph()
    {
        // Both good English, or no telling which spelling of the place is right: only a majority decides.
        Lines("Officials met by videoconference on Monday, and a second video conference followed on Friday.").ShouldBeEmpty();
        Lines("Voters shared his world view, and rivals mocked that worldview.").ShouldBeEmpty();
        Lines("Floods hit Kovalinsk on Monday, and Kovalimsk farmers waited.").ShouldBeEmpty();
        // A quoted form counts toward the majority: the writer spelled it too.
        Lines("Critics tore a page from the Quoran. “The Quran is holy,” the imam said.").ShouldBeEmpty();
        Lines("Critics tore a page from the Quoran on Friday. “The Quran is holy,” the imam said. Copies of the Quran burned.").ShouldBe(
        [
            "a.txt(1,30,1,36): info ED1001: 'Quoran' is spelled 'Quran' elsewhere in this article => Quran",
        ]);
    }

    [Fact]
    public void A_name_or_compound_found_without_a_list_is_the_speaker_s_inside_a_quotation()
    {
        Lines("SkyNews reported first. Editors at SkyNews agreed. “Skynews got it wrong,” the minister said.").ShouldBeEmpty();
        Lines("The fearmongering began early. Critics called it fearmongering. “This fear mongering must stop,” she said.").ShouldBeEmpty();
    }

    // ED1003: copy that mixes the regions evenly

    [Fact]
    public void An_article_that_mixes_several_words_of_each_region_evenly_has_no_majority_to_depart_from()
    {
        Lines("The center of the program moved. The theater closed. Its colour faded, the defence board said, and the labour union left.").ShouldBeEmpty();
        Lines("The center of the program moved. The theater closed, the color guard left and a neighbor waved. Its colour faded, the defence board said.").ShouldBe(
        [
            "a.txt(1,101,1,107): info ED1003: 'colour' is British spelling; this article uses American spelling: 'color' => color",
            "a.txt(1,119,1,126): info ED1003: 'defence' is British spelling; this article uses American spelling: 'defense' => defense",
        ]);
    }

    // ED1001: the dictionary's closed compound

    [Fact]
    public void A_closed_compound_the_dictionary_spells_so_is_not_rewritten_as_the_open_majority()
    {
        Lines("The night club closed early. A night club nearby stayed open. The nightclub owner spoke.").ShouldBeEmpty();
        Lines("The nightclub closed early. A nightclub nearby stayed open. The night club owner spoke.").ShouldBe(
        [
            "a.txt(1,65,1,75): info ED1001: 'night club' is spelled 'nightclub' elsewhere in this article => nightclub",
        ]);
    }

    [Fact]
    public void A_word_with_a_capital_inside_is_an_identifier_or_a_brand_not_a_compound_closed_up()
    {
        // A parameter's name in a heading beside the ordinary words in the text; a console at the start of a sentence beside
        // a station for play.
        Lines("Notes\n\nPipe the input objects to the command. Each input object is read once. The input object may be text.\n\nInputObject\n\nIt takes one value.", path: "a.md")
            .ShouldBeEmpty();
        Lines("PlayStation sales rose. The park has a play station for children, and a second play station opened in May.").ShouldBeEmpty();
    }

    // ED1003: words that say nothing about the region

    [Fact]
    public void Analyses_as_a_plural_noun_tsar_or_czar_and_reprised_are_no_regional_evidence()
    {
        Lines("The center published two analyses of the program. Its theater reopened.").ShouldBeEmpty();
        Lines("The actor reprised his role at the center. The color guard marched in the theater.").ShouldBeEmpty();
        Lines("The energy czar met the program director. Historians of the last tsar disagreed about the center.").ShouldBeEmpty();
        Lines("The centre published its analyses. The theatre reopened. The color guard marched.").ShouldBe(
        [
            "a.txt(1,62,1,67): info ED1003: 'color' is American spelling; this article uses British spelling: 'colour' => colour",
        ]);
    }

    // ED1004: capitals that belong to a longer name, and garbled text

    [Fact]
    public void A_common_noun_capitalised_only_inside_a_longer_name_is_not_a_proper_noun()
    {
        Lines("The Cybersecurity and Infrastructure Security Agency warned that cybersecurity budgets were too low.").ShouldBeEmpty();
        // A name across a line its source wrapped is still one name.
        Lines("The agency works with the Cybersecurity and\nInfrastructure Security Agency. The role of the Cybersecurity and\n"
              + "Infrastructure Security Agency grew. Its staff set\nminimum cybersecurity standards.\n", path: "a.md").ShouldBeEmpty();
        Lines("Officials at Cornwall Spaceport said the spaceport would open in May.").ShouldBeEmpty();
        Lines("Residents queued at the bakery and the cafe. Tourists photographed Cafe regulars. The cafe later closed.").ShouldBeEmpty();
    }

    [Fact]
    public void A_noun_the_indefinite_article_opens_is_no_proper_noun_unless_it_modifies_another()
    {
        // "a Tuhu in Hamilton" is a gathering capitalised, and "the tuhu" its own case; "a Zorvat rocket" names a rocket's make.
        Lines("Nearly 300 people attended a Tuhu in Hamilton on Monday, and 200 went to a Tuhu in Rotorua. The tuhu heard many speakers.")
            .ShouldBeEmpty();
        // A noun the article opens so in lower case ("a national hui of") is the common noun where one name's capital and the
        // list of names (which knows Hui as a surname) are all that make it a name; against a majority of capitals it is lowered.
        Lines("Staff met at the Educators' Hui in May. Later a national hui of teachers met.").ShouldBeEmpty();
        Lines("Staff met at the Tuhu on Monday. The Tuhu drew many. Later a national tuhu of teachers met.").ShouldBe(
        [
            "a.txt(1,71,1,75): info ED1004: 'tuhu' is a lowercase form of the proper noun 'Tuhu' => Tuhu",
        ]);
        Lines("The crew flew on a Zorvat rocket in May and on a Zorvat rocket in June. The zorvat rocket landed safely.").ShouldBe(
        [
            "a.txt(1,77,1,83): info ED1004: 'zorvat' is a lowercase form of the proper noun 'Zorvat' => Zorvat",
        ]);
    }

    [Fact]
    public void Ordinary_words_in_lower_case_that_point_at_nothing_are_their_own_use_and_after_the_name_the_article_s_thing()
    {
        // A programme's name in capitals, and the same ordinary words for the thing in general: the senator backs the Rural
        // Harbour Development grants and speaks of rural harbour development; brownfields beside the Brownfields programme.
        Lines("The Rural Harbour Development grants open in May. The Rural Harbour Development office said so. "
              + "The senator has long backed rural harbour development across the state.").ShouldBeEmpty();
        Lines("The Brownfields programme cleans old sites. Brownfields grants went to two towns. Many brownfields lie idle.").ShouldBeEmpty();
        // After "the", or an owner, the words point at the thing the article named; and a name that is no ordinary word is a
        // name in lower case wherever it stands.
        Lines("The Harbour Safety Plan was published in May. The Harbour Safety Plan sets new rules. Staff said the harbour safety plan is late.").ShouldBe(
        [
            "a.txt(1,102,1,121): info ED1004: 'harbour safety plan' is a lowercase form of the proper noun 'Harbour Safety Plan' => Harbour Safety Plan",
        ]);
        Lines("The ferry left Tokyo at noon. It reached Tokyo at dusk, and the crew slept in tokyo.").ShouldBe(
        [
            "a.txt(1,79,1,84): info ED1004: 'tokyo' is a lowercase form of the proper noun 'Tokyo' => Tokyo",
        ]);
    }

    [Fact]
    public void A_title_printed_again_over_the_text_is_the_title_not_evidence_of_a_name()
    {
        // A release prints its title again as its first line: both are the title, capitalised as titles are, and the text's one
        // capitalised use against one in lower case is a tie.
        const string Release = "Review of Harbour Ferry Policy\n==============================\n\nReview of Harbour Ferry Policy\n\n"
                               + "The Harbour Ferry Policy is old. Staff said the harbour ferry policy is late.\n";
        Lines(Release, path: "a.md").ShouldBeEmpty();
        // Capitalised twice in the text, the name is one, lowered in the last sentence.
        Lines(Release.Replace("is old.", "is old. The Harbour Ferry Policy was set in 1990."), path: "a.md").ShouldBe(
        [
            "a.md(6,91,6,111): info ED1004: 'harbour ferry policy' is a lowercase form of the proper noun 'Harbour Ferry Policy' => Harbour Ferry Policy",
        ]);
    }

    [Fact]
    public void A_word_english_borrows_is_a_common_noun_in_lower_case_whatever_it_also_names()
    {
        // "hui" is a meeting in New Zealand English; the capitalised "Hui" names this one.
        const string Text = "The Hui opened at the harbour on Monday. Later the Hui heard from the elders, and the hui closed at dusk.";
        Lines(Text).ShouldBeEmpty();
        // A name that is no borrowed word, capitalised twice, is one lowered.
        Lines(Text.Replace("Hui", "Hollin").Replace("hui", "hollin")).ShouldBe(
        [
            "a.txt(1,93,1,99): info ED1004: 'hollin' is a lowercase form of the proper noun 'Hollin' => Hollin",
        ]);
    }

    [Fact]
    public void A_word_joined_to_the_word_before_by_a_mark_is_part_of_one_unit()
    {
        // "Tl;dr" is no "Dr" of "Dr. Ann Lee" in lower case; written alone, "dr" is.
        Lines("### Tl;dr\n\nThe ferry returns in May, Dr. Ann Lee said. Dr. Lee runs the harbour board.\n", path: "a.md").ShouldBeEmpty();
        Lines("### Summary dr\n\nThe ferry returns in May, Dr. Ann Lee said. Dr. Lee runs the harbour board.\n", path: "a.md").ShouldBe(
        [
            "a.md(1,13,1,15): info ED1004: 'dr' is a lowercase form of the proper noun 'Dr' => Dr",
        ]);
        // A day joined to another is still a day.
        Lines("The ferry sails on Monday. The crew rests on Tuesday. The mate works monday/tuesday shifts.").ShouldBe(
        [
            "a.txt(1,70,1,76): info ED1004: 'monday' is a lowercase form of the proper noun 'Monday' => Monday",
            "a.txt(1,77,1,84): info ED1004: 'tuesday' is a lowercase form of the proper noun 'Tuesday' => Tuesday",
        ]);
    }

    [Fact]
    public void A_short_word_no_list_knows_capitalised_elsewhere_is_no_proper_noun_lowered()
    {
        // A proverb's lines open with "Ki"; inside its last lines "ki" is lower case, as te reo Māori writes it.
        const string Speech = "As I read the programme for the harbour festival, and saw the links made with the stories of the north "
                              + "and the care of the coast, I knew that the voices would become one conversation over the coming days.  \n"
                              + "I begin with one of those voices, who said  \n"
                              + "Ki te ora te reo  \nKi te ora te iwi  \nKi te ora te whenua  \nOtira – ki te ngaro te reo,  \nki te ngaro te iwi.\n";
        Lines(Speech, path: "a.md").ShouldBeEmpty();
        // A longer word no list knows is still a name lowered.
        Lines(Speech.Replace("Ki te", "Kiri te").Replace("ki te", "kiri te"), path: "a.md").ShouldBe(
        [
            "a.md(6,9,6,13): info ED1004: 'kiri' is a lowercase form of the proper noun 'Kiri' => Kiri",
            "a.md(7,1,7,5): info ED1004: 'kiri' is a lowercase form of the proper noun 'Kiri' => Kiri",
        ]);
    }

    [Fact]
    public void A_link_s_text_that_spells_its_site_s_address_keeps_the_site_s_lower_case()
    {
        // The foundation writes its name in lower case, and its address is that name closed up.
        const string linked = "One of the funders, Craig Harbour, backs the ferry on his site, [craig harbour trust](https://craigharbourtrust.org/). Later, Craig said so.\n";
        Lines(linked, path: "a.md").ShouldBeEmpty();
        // Linked elsewhere, the lower case is a slip of the name.
        Lines(linked.Replace("https://craigharbourtrust.org/", "https://example.org/trust"), path: "a.md").ShouldBe(
        [
            "a.md(1,66,1,71): info ED1004: 'craig' is a lowercase form of the proper noun 'Craig' => Craig",
        ]);
    }

    [Fact]
    public void A_link_s_text_that_spells_its_wiki_page_s_title_is_that_title_as_the_wiki_writes_it()
    {
        // The page's title in its address, spaces as underscores, and no scheme: the link gives the title as the wiki has it.
        const string page = "This issue of the Ferry Crew News is out. Thanks to the Ferry Crew News editors.\n\n"
            + "Join the [harbour:Ferry crew news team](//wiki.example.org/harbour:Ferry_crew_news_team) today.\n";
        Lines(page, path: "a.md").ShouldBeEmpty();
        Lines(page.Replace("//wiki.example.org/harbour:Ferry_crew_news_team", "//wiki.example.org/join"), path: "a.md").ShouldBe(
        [
            "a.md(3,19,3,34): info ED1004: 'Ferry crew news' is a lowercase form of the proper noun 'Ferry Crew News' => Ferry Crew News",
        ]);
    }

    [Fact]
    public void A_name_in_a_line_of_capitals_has_the_line_s_capitals()
    {
        const string release = "SEN. HALE BACKS SEN. McDUNN'S CALL FOR A FERRY LAW\n\n"
            + "Sen. Jane Hale said she backs the call by Sen. McDunn for a ferry law. McDunn said the ferry must sail.\n";
        Lines(release).ShouldBeEmpty();
        // In a line of running text the same capitals are a slip.
        Lines(release.Replace("SEN. HALE BACKS SEN. McDUNN'S CALL FOR A FERRY LAW", "Sen. Hale backs Sen. McDUNN's call for a ferry law.")).ShouldBe(
        [
            "a.txt(1,22,1,28): info ED1001: 'McDUNN' is spelled 'McDunn' elsewhere in this article => McDunn",
        ]);
    }

    [Fact]
    public void A_product_s_lowercase_name_after_its_brand_is_the_maker_s_style()
    {
        // "iPod nano" beside the car called Nano.
        Lines("The white Nano rolled down the aisle. But Nano already had the prize.\n\nNobody will talk about the iPod nano in India.").ShouldBeEmpty();
        Lines("The white Nano rolled down the aisle. But Nano already had the prize.\n\nNobody will talk about the nano in India.").ShouldBe(
        [
            "a.txt(3,28,3,32): info ED1004: 'nano' is a lowercase form of the proper noun 'Nano' => Nano",
        ]);
        // A place the profile lists is lowered after the brand too.
        Lines("The nodeSchool meetup is held in Tokyo. Register for nodeSchool tokyo today.").ShouldBe(
        [
            "a.txt(1,65,1,70): info ED1004: 'tokyo' is a lowercase form of the proper noun 'Tokyo' => Tokyo",
        ]);
    }

    [Fact]
    public void An_ordinal_s_ending_parted_from_its_number_is_no_lowercase_name()
    {
        // A page's superscript ending copied a line apart from its number, beside "St." of a saint's name.
        Lines("He fled to St. Lucia. He is held on St. Lucia, and St. Lucia will send him back.\n\nDetectives of the 81\nst\nPrecinct and the 77\nth\nPrecinct looked into it.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_name_capitalised_on_its_own_is_still_a_proper_noun()
    {
        Lines("Users flocked to Reddit on Monday. Traffic on Reddit doubled. By Tuesday the moderators of reddit had removed the thread.").ShouldBe(
        [
            "a.txt(1,92,1,98): info ED1004: 'reddit' is a lowercase form of the proper noun 'Reddit' => Reddit",
        ]);
    }

    [Fact]
    public void A_plural_of_an_ordinary_word_that_the_word_list_lacks_is_still_ordinary()
    {
        // "integrations" is not in SCOWL size 50, "integration" is; the capital is a screen's label.
        Lines("# New integrations this month\n\nOpen the Integrations pane to see them.", path: "a.md").ShouldBeEmpty();
        // A name that is no plural of a word is still one.
        Lines("# Trips to zorvans\n\nThe Zorvans welcomed us.", path: "a.md").ShouldBe(
        [
            "a.md(1,12,1,19): info ED1004: 'zorvans' is a lowercase form of the proper noun 'Zorvans' => Zorvans",
        ]);
    }

    [Fact]
    public void A_closed_compound_that_the_page_s_addresses_are_named_by_is_a_package_s_name_not_a_spelling_of_the_phrase()
    {
        Lines("The [usethis](https://usethis.example.org) package sets up a project, and usethis writes its files. To start, use this call.",
            path: "a.md").ShouldBeEmpty();
        // Without the address, the closed form is the prose's other spelling of the phrase.
        Lines("The usethis package sets up a project, and usethis writes its files. To start, use this call.", path: "a.md").ShouldBe(
            ["a.md(1,80,1,88): info ED1001: 'use this' is spelled 'usethis' elsewhere in this article => usethis"]);
        // A page's deep path is made of any words, not a project's name.
        Lines("The [usethis](https://example.org/en/2021/usethis) package sets up a project, and usethis writes its files. To start, use this call.",
            path: "a.md").ShouldBe(["a.md(1,119,1,127): info ED1001: 'use this' is spelled 'usethis' elsewhere in this article => usethis"]);
        // A name the prose writes in capitals is the spaced form's own: one event, two spellings.
        Lines("### Rust Fest\n\n[RustFest](https://rustfest.example.org) sold out, and RustFest will return.", path: "a.md").ShouldBe(
            ["a.md(1,5,1,14): info ED1001: 'Rust Fest' is spelled 'RustFest' elsewhere in this article => RustFest"]);
    }

    [Fact]
    public void Words_garbled_by_a_wrong_decoding_are_not_read()
    {
        Lines("The banner read Weâ\u0080\u0099re Back in red, but weâ\u0080\u0099re not convinced.").ShouldBeEmpty();
        // A PDF's bold type extracted with each letter twice, the last one's second copy lost or not.
        Lines("The board met in Dallas County, Texas. Dallas County approved it. Judge Creuzot and Judge Creuzot's clerk agreed.\n\n"
              + "SSuubbssccrriibbeedd in DDaallllaass CCoouunnttyy, TTeexxaass, by JJoohhnn CCrreeuuzzoot.\n").ShouldBeEmpty();
    }

    // ED1006: the letters inside a name

    [Fact]
    public void An_abbreviation_inside_a_name_keeps_the_name_spelling()
    {
        Lines("U.S. clients use a separate exchange, Binance.US, and U.S. regulators approved it.").ShouldBeEmpty();
        Lines("The essay ran in The Conversation US on Monday, while U.S. officials and U.S. diplomats declined to comment.").ShouldBeEmpty();
        Lines("Jets took off from U.S. Air Force Kadena Air Base. US officials said US jets would stay.").ShouldBeEmpty();
        // A sentence that opens after the letters is no name: "U.K." is the article's own here.
        Lines("Phones sold out in the U.K. The UK shops reopened, and UK buyers queued.").ShouldBe(
        [
            "a.txt(1,24,1,28): info ED1006: 'U.K.' should be 'UK' (as in the rest of this article) => UK",
        ]);
    }

    [Fact]
    public void Letters_before_a_hyphen_and_a_name_in_capitals_are_that_name_s()
    {
        // "US-DOCK" names a programme, which no style writes with points, even where a headline does; "US-NATO", beside "NATO"
        // written alone, is the abbreviation's style like any other.
        Lines("TALKS ON U.S.-DOCK PLAN\nThe US-DOCK programme checks ships. The U.S. wants more checks, and US-DOCK will grow. "
              + "Visitors from the U.S. are welcome.").ShouldBeEmpty();
        // Spaced alike, a word of five capitals or more: "the US QUAYS programme", where the article writes "QUAYS" only after the letters.
        Lines("The US QUAYS programme checks ships, and the US QUAYS office grows. The U.S. wants more checks.").ShouldBeEmpty();
        // A chain of capitals after the hyphen: an agreement's name, "US-NZ-FTA", even where the article writes its tail alone.
        Lines("The U.S. Senate backs the pact. The NZ-FTA talks and the US-NZ-FTA itself were signed, and the U.S. will ratify it.").ShouldBeEmpty();
        Lines("The US-DOCK programme checks ships. The U.S. wants more checks.\n\nTalks on US-NATO ties began. NATO said the U.S. would attend, "
              + "and U.S. ships would dock.").ShouldBe(
        [
            "a.txt(3,10,3,12): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void Letters_before_a_currency_sign_are_the_sign_not_the_article_s_abbreviation()
    {
        Lines("The U.S. envoy said the fund held US$40 million, about [US$](https://example.org/usd) 12 per resident.").ShouldBeEmpty();
        // The country written without points is still the article's.
        Lines("The U.S. envoy said the U.S. fund held US$40 million, while the US embassy said less.").ShouldBe(
        [
            "a.txt(1,65,1,67): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void Letters_joined_by_a_slash_to_the_next_word_are_shorthand_not_the_article_s_abbreviation()
    {
        Lines("U.S. envoys met in Oslo. A poster asked if US/EU talks would help, and U.S. officials said no.").ShouldBeEmpty();
        Lines("US envoys met in Oslo. A poster asked if U.S./EU talks would help, and US officials said no.").ShouldBeEmpty();
        // Letters on their own are the article's.
        Lines("U.S. envoys met in Oslo. US talks helped, and U.S. officials said so.").ShouldBe(
        [
            "a.txt(1,26,1,28): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void A_name_coined_by_a_capital_inside_an_ordinary_word_is_the_name_not_a_slip_of_the_word()
    {
        // "OctOber" is the fair's name, written so each time; the month stays the article's own.
        Lines("The OctOber fair opens in October. Every October the harbour fills, and OctOber ends with a regatta in October.").ShouldBeEmpty();
        // Once, a capital inside the word is a slip.
        Lines("The October fair opens in October. Every October the harbour fills, and the OctOber ends with a regatta.").ShouldBe(
        [
            "a.txt(1,77,1,84): info ED1001: 'OctOber' is spelled 'October' elsewhere in this article => October",
        ]);
    }

    [Fact]
    public void A_phrase_in_lower_case_beside_a_capitalised_name_closed_up_from_it_is_the_words_the_name_was_coined_from()
    {
        // "Tidemaps" is the course, named after the idea the article writes in lower case.
        Lines("The course teaches tide maps to new crews. Crews who took Tidemaps say it helped. One skipper praised Tidemaps.").ShouldBeEmpty();
        // Heading a longer name inside a sentence, its capital is the name's too.
        Lines("---\ntitle: \"Tidemaps Access Project Launches a Service\"\n---\nToday the lab launched its Tidemaps Access Project service, "
              + "which puts all published tide maps online.\n\nTidemaps Access Project [(tide.maps)](https://example.org)\n\n"
              + "Tidemaps Access Project API [(api.tide.maps)](https://api.example.org)\n", path: "a.md").ShouldBeEmpty();
        // Only at a sentence's start, the capital says nothing: the closed form is the article's spelling of the words.
        Lines("The course teaches tide maps to new crews. Tidemaps help the skipper. Tidemaps help the mate.").ShouldBe(
        [
            "a.txt(1,20,1,29): info ED1001: 'tide maps' is spelled 'tidemaps' elsewhere in this article => tidemaps",
        ]);
    }

    [Fact]
    public void An_accented_name_after_a_particle_ends_a_name_in_its_own_language()
    {
        // "du Québec" ends a French institution's name; the province is Quebec in the English copy.
        Lines("Quebec signed the deal. Quebec will build the line. Quebec pays half, with the Caisse de dépôt et placement du Québec.")
            .ShouldBeEmpty();
        // So does a name after a particle and its article: "de los Tejas", "de Los Tejas", a trail named in Spanish.
        Lines("Texas marked the day. Texas history is long. The trail El Camino Real de los Tejas crosses Texas.").ShouldBeEmpty();
        Lines("Texas marked the day. Texas history is long. The trail El Camino Real de Los Tejas crosses Texas.").ShouldBeEmpty();
        // Without the particle, the accent is the same name written two ways.
        Lines("Quebec signed the deal. Quebec will build the line. Québec expects jobs.").ShouldBe(
        [
            "a.txt(1,53,1,59): info ED1001: 'Québec' is spelled 'Quebec' elsewhere in this article => Quebec",
        ]);
    }

    [Fact]
    public void A_spelling_at_the_head_of_a_longer_name_the_article_s_spelling_never_heads_names_that_other_thing()
    {
        // "Columbia University" is no spelling of the country the article names.
        Lines("Talks in Colombia went on. Colombia has a new president. He hired a Columbia University economist as minister.").ShouldBeEmpty();
        // Heading the name the article's spelling heads, it is that name misspelt.
        Lines("The Colombia Institute opened. The Colombia Institute hired staff. The Columbia Institute closed.").ShouldBe(
        [
            "a.txt(1,72,1,80): info ED1001: 'Columbia' is spelled 'Colombia' elsewhere in this article => Colombia",
        ]);
        // After the word the article's spelling comes after, it is that name misspelt inside a longer one.
        Lines("Sir Don Llewellyn founded the fair in 1969. Llewellyn spoke at its opening. This year the Sir Don Lewellyn Scholarship went to a dairy farmer.").ShouldBe(
        [
            "a.txt(1,99,1,107): info ED1001: 'Lewellyn' is spelled 'Llewellyn' elsewhere in this article => Llewellyn",
        ]);
    }

    [Fact]
    public void A_slip_written_again_at_the_head_of_longer_names_is_how_those_names_are_written()
    {
        // The team and the club kept the town's older spelling; the headline and the copy write the town's name since.
        const string team = "---\ntitle: Three Whanganui players named\n---\nThere will be a stronger Whanganui influence this weekend.\n\n"
            + "The squad welcomes back Wanganui Women's batter Kerry Lane, who missed the last match.\n\n"
            + "Wanganui Women's players Ann Roe and Jo Kay remain with the squad.\n\nThe squad: Ann Roe (Whanganui), Jo Kay (Wairarapa) and Tom Ng (Whanganui).\n";
        Lines(team, path: "a.md").ShouldBeEmpty();
        // A word in lower case heads no name: typed twice before a capital, it is still a word misspelt.
        Lines("The board filed a separate graft complaint. The former mayor is also facing seperate Harbour-related complaints.\n\n"
              + "The council filed a separate tax complaint. The former mayor is also facing seperate Harbour-related fines.\n").ShouldBe(
        [
            "a.txt(1,77,1,85): info ED1001: 'seperate' is spelled 'separate' elsewhere in this article => separate",
            "a.txt(3,77,3,85): info ED1001: 'seperate' is spelled 'separate' elsewhere in this article => separate",
        ]);
        // Typed once, it is a slip, at the head of a longer name too.
        Lines(team.Replace("Wanganui Women's players", "The players", StringComparison.Ordinal), path: "a.md").ShouldBe(
        [
            "a.md(6,25,6,33): info ED1001: 'Wanganui' is spelled 'Whanganui' elsewhere in this article => Whanganui",
        ]);
    }

    [Fact]
    public void A_capital_inside_a_word_at_the_head_of_a_longer_name_is_that_name_s_styling()
    {
        // "PierTech" heads the centre's name, as the centre writes it; the word alone is the article's "Piertech".
        Lines("The Piertech fair opens today. Piertech firms show their boats, and the Piertech talks follow. "
            + "The PierTech Centre of Excellence runs the fair, and the PierTech CoRE pays for it.").ShouldBeEmpty();
        // Alone, its capital inside is a slip of the article's spelling.
        Lines("The Piertech fair opens today. Piertech firms show their boats, and the Piertech talks follow. The PierTech runs it.").ShouldBe(
        [
            "a.txt(1,100,1,108): info ED1001: 'PierTech' is spelled 'Piertech' elsewhere in this article => Piertech",
        ]);
    }

    [Fact]
    public void Words_of_a_phrase_borrowed_from_another_language_are_no_slips_of_English_words()
    {
        // The default profile's foreign phrases keep their language's spelling beside the English word a letter away.
        Lines("His bona fides were clear and no fires broke out. The fires were put out.\n\n"
              + "The case is sui generis, a genesis of its own, and the genesis of law.").ShouldBeEmpty();
        // The same word outside the phrase is a slip.
        Lines("No fides broke out. The fires were put out, and the fires were small.").ShouldBe(
        [
            "a.txt(1,4,1,9): info ED1001: 'fides' is spelled 'fires' elsewhere in this article => fires",
        ]);
    }

    [Fact]
    public void A_word_beside_a_short_word_no_list_knows_is_of_another_language_and_no_slip()
    {
        // Te reo Māori terms in New Zealand copy: "kai moana" is seafood, no slip of "mana"; "wānanga" has a macron.
        Lines("The iwi gathers kai moana at the bay. Its mana is strong, and its mana grows.\n\n"
              + "The whare wānanga opens where the mill stood, and where the wharf was.").ShouldBeEmpty();
        // Among English words, or beside a two-letter slip, it is one.
        Lines("The iwi gathers moana at the bay. Its mana is strong, and its mana grows.\n\n"
              + "The log was weitten bt the skipper. It was written at sea, and written well.").ShouldBe(
        [
            "a.txt(1,17,1,22): info ED1001: 'moana' is spelled 'mana' elsewhere in this article => mana",
            "a.txt(3,13,3,20): info ED1001: 'weitten' is spelled 'written' elsewhere in this article => written",
        ]);
    }

    [Fact]
    public void A_name_set_in_capitals_is_typography_not_a_spelling_of_its_case()
    {
        // A speakers' grid prints each surname in capitals.
        const string page = "<p>By Tony Shan</p><p>Tony Shan is a renowned thought leader and visionary.</p><table><tr><td><strong>TONY</strong><br>"
            + "<strong>SHAN</strong><br>CTS</td></tr><tr><td><strong>TONY</strong><br><strong>SHAN</strong><br>CTS</td></tr></table>";
        SpellingCheck.Text(page, path: "a.html").ShouldBeEmpty();
    }

    [Fact]
    public void A_transcript_s_speaker_label_in_capitals_keeps_the_lower_case_of_its_Mc_or_Mac()
    {
        // A radio transcript labels each turn with the speaker's surname in capitals; "Mc" and "Mac" stay as they are.
        const string transcript = "HOST: Ann McFadden studies the harbour seals, and Rob MacLeod counts them.\n\n"
            + "McFADDEN: The seals came back this spring.\n\nMacLEOD: We counted forty of them.\n\nHOST: Ann McFadden, thank you.\n";
        Lines(transcript).ShouldBeEmpty();
    }

    [Fact]
    public void A_number_written_in_words_is_no_compound_that_departs_from_its_hyphenated_form()
    {
        Lines("Up to two dozen people watched. Police said two-dozen people saw it, and two-dozen officers came.").ShouldBeEmpty();
    }

    [Fact]
    public void A_number_word_before_a_plural_counts_things_and_is_no_spaced_form_of_a_closed_word()
    {
        // "sevengills" names a shark; "seven gills" counts what it has.
        Lines("The sixgill ray is common here. Divers met sixgills near the reef, and each sixgill has six gills.").ShouldBeEmpty();
        // Closed up, the count is the slip.
        Lines("They will invest for the next five years. Over five years the fund grows, and fiveyears is long.").ShouldBe(
        [
            "a.txt(1,79,1,88): info ED1001: 'fiveyears' is spelled 'five years' elsewhere in this article => five years",
        ]);
    }
}
