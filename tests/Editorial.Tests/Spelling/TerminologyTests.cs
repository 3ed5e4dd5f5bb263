using Editorial.Engine;
namespace Editorial.Tests.Spelling;

/// <summary>
/// Conformance with textlint-rule-terminology (github.com/sapegin/textlint-rule-terminology, MIT; src/index.test.ts: the
/// valid and invalid cases of its rule tester, and the shapes its matcher's unit tests pin down), expressed as an
/// Editorial profile whose entries are written the way its terms file writes them: most name only their preferred form.
/// Every sentence here is our own, written in the shape of one of its cases (named in each comment): every invalid shape
/// is reported with the same fix, and no valid shape is. The cases are Markdown there, and here.
/// </summary>
public class TerminologyTests
{
    private const string Profile = """
        name: terms
        spellings:
          - preferred: GitHub
          - preferred: JavaScript
          - preferred: webpack
          - preferred: YAML
          - preferred: HTTP
          - preferred: CSS
          - preferred: internet
          - preferred: bugfix
            variants: [bug-fix, bug fix]
          - preferred: changelog
            variants: [change log]
          - preferred: source map
            variants: [source-map, sourcemap]
        """;

    // The suite's second configuration: a user's own term that overrides the case of a default one ("WordPress").
    private const string LowerProfile = """
        name: terms-lower
        extends: terms
        spellings:
          - preferred: wordpress
        """;

    private static readonly Engine.EditorialEngine Engine = new(
        Profiles.ProfileSet.Load([new("rules/terms.yml", Profile), new("rules/terms-lower.yml", LowerProfile)], RuleCatalog.Vocabulary), SpellingCheck.Rules);

    private static List<string> Lines(string text, string outlet = "terms") =>
        Engine.Check([new("a.md", text, new(defaultOutlet: outlet))]).Select(SpellingCheck.Line).ToList();

    private static string Finding(int start, int end, string written, string preferred, string outlet = "terms") =>
        $"a.md(1,{start},1,{end}): warning ED1002: '{written}' is spelled '{preferred}' in {outlet} style => {preferred}";

    [Fact]
    public void Entries_that_name_only_their_preferred_form_are_valid_profile_entries()
    {
        Profiles.ProfileSet.Load([new("rules/terms.yml", Profile), new("rules/terms-lower.yml", LowerProfile)], RuleCatalog.Vocabulary).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    // "A Github\n": a one-word term at the end of a line.
    [InlineData("Our Github\n", 5, 11, "Github", "GitHub")]
    // "My Javascript is good too": one word in the middle of a sentence.
    [InlineData("The Javascript build broke twice", 5, 15, "Javascript", "JavaScript")]
    // "My Internet is good": a lower-case term capitalised in the middle of a sentence.
    [InlineData("Our Internet link dropped", 5, 13, "Internet", "internet")]
    // "My bug-fix is good": a listed variant, singular.
    [InlineData("Each bug-fix needs review", 6, 13, "bug-fix", "bugfix")]
    // "My bug-fixes are good": a listed variant, plural; the fix keeps the plural.
    [InlineData("Two bug-fixes landed today", 5, 14, "bug-fixes", "bugfixes")]
    // "My **Javascript** is good": Markdown emphasis is kept around the fix.
    [InlineData("Ship the **Javascript** bundle now", 12, 22, "Javascript", "JavaScript")]
    // "yaml files": an all-capitals term in lower case at the start of the text.
    [InlineData("yaml parsers differ", 1, 5, "yaml", "YAML")]
    // Matcher: "Javascript is good", a sentence-initial capital does not excuse a term whose own first letter is a capital.
    [InlineData("Javascript runs everywhere.", 1, 11, "Javascript", "JavaScript")]
    // Matcher: "webpack bar", "foo webpack": a term at the start or at the end of the text.
    [InlineData("Css loads first", 1, 4, "Css", "CSS")]
    [InlineData("Pages load their Css", 18, 21, "Css", "CSS")]
    // Matcher: "My javascript.", a term at the end of a sentence.
    [InlineData("Nobody writes plain javascript.", 21, 31, "javascript", "JavaScript")]
    // Matcher: "typings for css modules loader", a term among ordinary words.
    [InlineData("Loaders for css modules", 13, 16, "css", "CSS")]
    public void Each_invalid_case_is_reported_once_with_the_same_fix(string text, int start, int end, string written, string preferred) =>
        Lines(text).ShouldBe([Finding(start, end, written, preferred)]);

    [Theory]
    // Matcher, "should match a pattern regardless of punctuation": ". , ; ( ) " ' “ ” ‘ ’ : ! ?" around the term.
    [InlineData("Old Javascript. Was it slow?", 5)]
    [InlineData("Old Javascript, was it slow?", 5)]
    [InlineData("Old Javascript; was it slow?", 5)]
    [InlineData("Old (Javascript) was it slow?", 6)]
    [InlineData("Old \"Javascript\" was it slow?", 6)]
    [InlineData("Old 'Javascript' was it slow?", 6)]
    [InlineData("Old “Javascript” was it slow?", 6)]
    [InlineData("Old ‘Javascript’ was it slow?", 6)]
    [InlineData("Old \"Javascript\", was it slow?", 6)]
    [InlineData("Old Javascript: was it slow?", 5)]
    [InlineData("Old Javascript!", 5)]
    [InlineData("Old Javascript?", 5)]
    public void Punctuation_around_a_term_does_not_hide_it(string text, int start) =>
        Lines(text).ShouldBe([Finding(start, start + 10, "Javascript", "JavaScript")]);

    [Fact]
    public void Several_terms_in_one_sentence_keep_their_plural()
    {
        // "Write change logs about source-maps": two multi-word terms, each keeping its plural.
        Lines("Keep change logs beside the source-maps").ShouldBe(
        [
            "a.md(1,6,1,17): warning ED1002: 'change logs' is spelled 'changelogs' in terms style => changelogs",
            "a.md(1,29,1,40): warning ED1002: 'source-maps' is spelled 'source maps' in terms style => source maps",
        ]);
        // Matcher, "My javascript. My webpack.": the first of two sentences.
        Lines("Plain javascript. Plain webpack.").ShouldBe([Finding(7, 17, "javascript", "JavaScript")]);
    }

    [Fact]
    public void A_user_term_overrides_the_case_of_an_inherited_one()
    {
        // "My WordPress is good too" with the user's term "wordpress".
        Lines("Her WordPress theme loads slowly", "terms-lower").ShouldBe(
        [
            "a.md(1,5,1,14): warning ED1002: 'WordPress' is spelled 'wordpress' in terms-lower style => wordpress",
        ]);
        // "This wordpress word is OK".
        Lines("A wordpress plugin is fine here", "terms-lower").ShouldBeEmpty();
    }

    [Theory]
    // "My JavaScript is good"; matcher "My JavaScript is better than your webpack": the preferred forms.
    [InlineData("The JavaScript tests pass")]
    [InlineData("Our JavaScript outgrew the old webpack setup")]
    // "My `javascript` is good": code.
    [InlineData("Set `javascript` as the language")]
    // "My [code](http://example.com/javascript) is good": a link's address.
    [InlineData("See [the notes](https://example.org/javascript/notes) first")]
    // "Webpack is good": a sentence-initial capital of a term whose first letter is lower case.
    [InlineData("Webpack bundles the code.")]
    [InlineData("It failed. Internet access returned later.")]
    // "Your javascriptish code", "javascriptish", "Your uberjavascript code", "uberjavascript"; matcher "Foo superwebpacky bar",
    // "FooWebpack", "WebpackFoo": part of a longer word.
    [InlineData("The javascripty syntax")]
    [InlineData("javascripty")]
    [InlineData("The hyperjavascript idea")]
    [InlineData("hyperjavascript")]
    [InlineData("A megawebpacked bundle")]
    [InlineData("The MyJavascript and JavascriptCore classes")]
    // "Install javascript-some-plugin here", "javascript-some-plugin", "Install some-plugin-javascript here",
    // "some-plugin-javascript"; matcher "webpack-ish", "uber-webpack", "uber-webpack-ish": part of a hyphenated word.
    [InlineData("Add javascript-lint-helper today")]
    [InlineData("javascript-lint-helper")]
    [InlineData("Add lint-helper-javascript today")]
    [InlineData("lint-helper-javascript")]
    [InlineData("Its Javascript-ish syntax")]
    [InlineData("An old-Javascript habit")]
    [InlineData("An old-Javascript-era habit")]
    // "I think Internet Explorer 6 is the best browser!": a term inside a longer name.
    [InlineData("Few sites still test Internet Explorer 11 support!")]
    // "We should all use XMLHttpRequest everywhere": a term inside a word.
    [InlineData("Old pages call XMLHttpRequest directly")]
    // "foo.yaml", "foo-yaml.txt", "foo_yaml.txt", "foo-yaml-bar.txt", "foo_yaml_bar.txt", "fooyaml.txt"; matcher "javascript.md":
    // file names.
    [InlineData("config.yaml")]
    [InlineData("site-yaml.txt")]
    [InlineData("site_yaml.txt")]
    [InlineData("site-yaml-notes.txt")]
    [InlineData("site_yaml_notes.txt")]
    [InlineData("siteyaml.txt")]
    [InlineData("Open javascript.md first")]
    // Matcher "typings.for.css.modules.loader", "typings-for-css-modules-loader", "typings_for_css_modules_loader": a term
    // inside a dotted, hyphenated or snake_case identifier.
    [InlineData("Install styles.with.css.helpers.loader")]
    [InlineData("Install styles-with-css-helpers-loader")]
    [InlineData("Install styles_with_css_helpers_loader")]
    public void No_valid_case_is_reported(string text) => Lines(text).ShouldBeEmpty();
}
