using System;
using System.Collections.Generic;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// Splits a block of the prose view into words, numbers and punctuation. It reads each character at most four times, and
/// once more for each kind of template tag whose closing marks a search failed to find, and never backtracks. Spans that are not prose (<see cref="TokenFlags.NonProse"/>: URLs and bare domains, e-mail addresses,
/// handles, hashtags, file names and paths to them, absolute paths, command-line options, dotted and snake_case identifiers, function names with their "()", code spans, template tags, documentation
/// extensions' ":::" lines) become one
/// punctuation-kind token each, so that no rule reads their parts as words or their dots as punctuation.
/// </summary>
internal static class Tokenizer
{
    // Last labels that make "name.label" a web address rather than two words run together. Two-letter country codes that
    // are also English words ("in", "it", "me", "us") are left out: "said.it" is a missing space, not a domain.
    private static readonly HashSet<string> DomainEndings = new(System.StringComparer.Ordinal)
    {
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "news", "museum", "app", "dev", "io", "co", "uk", "eu",
        "ca", "au", "nz", "de", "fr", "es", "ru", "ua", "cn", "jp", "il", "ie", "za", "br", "nl", "ch", "se", "pl", "tv", "ly", "ai",
    };

    // Extensions that make "name.ext" a file name.
    // In any case: cameras write "IMG_0042.JPG", and R writes ".Rmd" and ".RData".
    private static readonly HashSet<string> FileExtensions = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "tif", "tiff", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "csv", "tsv",
        "txt", "rtf", "md", "yaml", "yml", "json", "xml", "html", "htm", "mp3", "mp4", "mov", "wav", "avi", "zip", "gz", "exe",
        "js", "ts", "py", "cs", "css", "sql", "rmd", "qmd", "mdx", "ipynb", "rdata", "rds",
    };

    /// <summary>Adds the tokens of <paramref name="block"/> to <paramref name="tokens"/>: those of a block read before from
    /// <see cref="TokenizedBlockCache"/>, the others read.</summary>
    public static void Tokenize(string text, TextSpan block, TokenList tokens)
    {
        var hash = TokenizedBlockCache.Hash(text, block);
        if (TokenizedBlockCache.TryAppend(text, block, hash, tokens)) return;
        var first = tokens.Count;
        Read(text, block, tokens);
        TokenizedBlockCache.Add(text, block, hash, tokens, first);
    }

    private static void Read(string text, TextSpan block, TokenList tokens)
    {
        var i = block.Start;
        var end = block.End;
        var templateTags = new TemplateTagSearch(end);
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            int next;
            TokenKind kind;
            var flags = TokenFlags.None;
            if ((next = NonProseEnd(text, i, end, ref templateTags)) > i) (kind, flags) = (TokenKind.Punctuation, TokenFlags.NonProse);
            else if (char.IsLetter(c)) { next = WordEnd(text, i, end); kind = TokenKind.Word; }
            else if (char.IsDigit(c)) { next = NumberEnd(text, i, end); kind = TokenKind.Number; }
            else if (IsPossessive(text, i, end)) { next = i + 2; kind = TokenKind.Word; }
            // A character beyond the first plane (an emoji, a letter of a historic script) is two UTF-16 units: one token, or
            // a rule that reads a token's text would meet half a character ("📘 React / Preact" and "📗 Vue" as headings).
            else { next = char.IsSurrogatePair(text, i) ? i + 2 : i + 1; kind = TokenKind.Punctuation; }
            tokens.Add(new Token(TextSpan.FromBounds(i, next), next - i == 1 ? OneCharacter(text[i]) : PooledText(text, i, next - i), kind, -1, flags));
            i = next;
        }
    }

    /// <summary>The text of one-character tokens (punctuation, quotation marks, "a"), made once per character: a page of
    /// punctuation is a token every other character, and a string for each would be most of what reading it allocates.</summary>
    private static readonly string?[] OneCharacterTexts = new string?[0x2100];

    private static string OneCharacter(char c) =>
        c < OneCharacterTexts.Length ? OneCharacterTexts[c] ??= c.ToString() : c.ToString();

    /// <summary>The texts of recent tokens, by a hash of their characters (<see cref="RecentSlots{T}"/>). An IDE reads the
    /// article again at every keystroke with one paragraph changed, and a newsroom's articles share most of their words: a
    /// token whose text a slot holds takes that string instead of a new one (most of the strings an article's reading made).
    /// A race makes at worst a string of its own; a token's text is the same whichever string holds it.</summary>
    private static readonly RecentSlots<string> PooledTexts = new(bits: 13);

    /// <summary>Longer texts (URLs, long compounds) are rarely met again: they are not pooled.</summary>
    private const int MaximumPooledLength = 24;

    private static string PooledText(string text, int start, int length)
    {
        if (length > MaximumPooledLength) return text.Substring(start, length);
        var hash = Fnv1a.Basis32;
        for (var i = start; i < start + length; i++) hash = Fnv1a.Add32(hash, text[i]);
        var slot = hash ^ (hash >> 13);
        var pooled = PooledTexts.Get(slot);
        if (pooled is not null && pooled.Length == length && string.CompareOrdinal(text, start, pooled, 0, length) == 0) return pooled;
        var made = text.Substring(start, length);
        PooledTexts.Set(slot, made);
        return made;
    }

    /// <summary>What a format reader puts in the prose view where an embedded object (a Markdown image) stands.</summary>
    public const char ObjectReplacement = '\uFFFC';

    /// <summary>The end of the non-prose span that starts at <paramref name="i"/>, or <paramref name="i"/> when none does.</summary>
    private static int NonProseEnd(string text, int i, int end, ref TemplateTagSearch templateTags)
    {
        var c = text[i];
        if (c == ObjectReplacement) return i + 1;
        // Only at the start of a word: "Kyiv@" or "No#1" are no handles. A post copied without its embed's markup runs its
        // date into the next post's mention or hashtag ("June 7, 2017@janeroe", "2017#FerryStrike"): after a digit, "@" or
        // "#" before a letter still opens one.
        if (i > 0 && char.IsLetterOrDigit(text[i - 1]) && !(c is '@' or '#' && char.IsDigit(text[i - 1]) && i + 1 < end && char.IsLetter(text[i + 1]))) return i;
        if (StartsWith(text, i, end, "http://") || StartsWith(text, i, end, "https://") || StartsWith(text, i, end, "www.")
            || StartsWith(text, i, end, "https:/ /") || StartsWith(text, i, end, "http:/ /"))
        {
            return WithoutClosingPunctuation(text, i, AddressEnd(text, i, end));
        }
        if (c == '`')
        {
            var close = text.IndexOf('`', i + 1, end - i - 1);
            return close > i ? close + 1 : i;
        }
        if (c == '{' && i + 1 < end && text[i + 1] is '{' or '%') return templateTags.End(text, i);
        // A relative path ("../img/hall.jpg", "./notes"), or one whose start is elided (".../dayjs/locale.js"): prose never opens
        // a word with dots and a slash.
        if (StartsWith(text, i, end, "./") || StartsWith(text, i, end, "../") || StartsWith(text, i, end, ".../") || c == '…' && i + 1 < end && text[i + 1] == '/')
        {
            return RunEnd(text, i, end);
        }
        if (c == '/' && OpensWord(text, i)) return AbsolutePathEnd(text, i, end);
        // A command line's long option ("--version", "--dry-run"): a dash run into a word is no dash of prose's, which spaces
        // it ("talks -- and then") or runs it into the word before ("talks--and").
        if (c == '-' && OpensWord(text, i) && StartsWith(text, i, end, "--") && i + 2 < end && char.IsLetter(text[i + 2]))
        {
            var j = i + 2;
            while (j < end && IsNameChar(text[j])) j++;
            return j;
        }
        // A documentation extension's line (DocFX's ":::image source=… :::", a container's ":::note" or closing ":::"): markup.
        if (c == ':' && StartsWith(text, i, end, ":::") && StartsLine(text, i)) return text.IndexOf('\n', i, end - i) is var lineEnd and >= 0 ? lineEnd : end;
        // Read only where a word starts after a space or an opening mark, so that a run of slashes or hyphens is read once, not
        // again from each of its parts: a reference to an issue or a pull request ("rust-lang/rust#1234", "pr#42"), and a path
        // of folders to a file ("media/ferry/pier.png"; "and/or" and "24/7" name no file).
        if (char.IsLetterOrDigit(c) && (OpensWord(text, i) || text[i - 1] == '\'') && IssueOrPathEnd(text, i, end) is var reference && reference > i)
        {
            return reference;
        }
        if (c is '@' or '#' && i + 1 < end && (char.IsLetter(text[i + 1]) || (c == '@' && text[i + 1] == '_')))
        {
            // A hyphen inside a handle or a channel's name goes on with it in lower case ("@dotnet-bot", "#otel-endusers"); a
            // capital after it starts a word of the sentence ("#Kyiv-Kharkiv route").
            var j = i + 1;
            while (j < end && (char.IsLetterOrDigit(text[j]) || text[j] == '_'
                               || text[j] == '-' && j + 1 < end && (char.IsLower(text[j + 1]) || char.IsDigit(text[j + 1])))) j++;
            return j;
        }
        // A lone ending (".museum") only where a word could start: "said..com" is doubled punctuation, and so is the last dot
        // of a spaced ellipsis run into the next word ("not me. . .for answering").
        if (char.IsLetterOrDigit(c) || (c == '.' && OpensWord(text, i) && !EndsSpacedEllipsis(text, i)))
        {
            var email = EmailEnd(text, i, end);
            return email > i ? email : DottedNameEnd(text, i, end);
        }
        return i;
    }

    /// <summary>
    /// A site generator's template tag in the article's text: a Hugo shortcode ("{{&lt; figure src="../a.jpg" &gt;}}",
    /// "{{% note %}}"), a Liquid, Jinja or Go template's output or tag ("{{ page.title }}", "{% include x.html %}"). Its
    /// quotation marks, paths and dots are the template's; the text between a paired shortcode's tags stays prose. Unclosed,
    /// it is read as text. A search that found no closing mark says so for every later opening of its kind in the block, so
    /// a block of openings alone is read once, not once per opening.
    /// </summary>
    private struct TemplateTagSearch(int blockEnd)
    {
        private readonly int end = blockEnd;
        private int noOutputCloseFrom = blockEnd, noTagCloseFrom = blockEnd;

        public int End(string text, int i)
        {
            var isOutput = text[i + 1] == '{';
            var closing = isOutput ? '}' : '%';
            var searchedTo = isOutput ? noOutputCloseFrom : noTagCloseFrom;
            for (var j = i + 2; j + 1 < end; j++)
            {
                if (j >= searchedTo) break;
                if (text[j] == closing && text[j + 1] == '}') return j + 2;
            }
            if (isOutput) noOutputCloseFrom = i; else noTagCloseFrom = i;
            return i;
        }
    }

    /// <summary>Whether a word may start at <paramref name="i"/>: at the start, after white space or after an opening mark.</summary>
    private static bool OpensWord(string text, int i) => i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '“' or '"' or '‘';

    private static bool StartsLine(string text, int i)
    {
        for (var k = i - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    /// <summary>
    /// The end of a reference to an issue or a path to a file, read in one pass over a name of letters, digits, hyphens,
    /// underscores, dots and slashes: run into '#' and a number, an issue ("leadership-council#181"; "No#1" is one too, and
    /// harmless); with a slash, a path whose last part is a file name of a known extension ("media/ferry/pier.png"). Else
    /// <paramref name="i"/>.
    /// </summary>
    private static int IssueOrPathEnd(string text, int i, int end)
    {
        var j = i;
        var lastSlash = -1;
        while (j < end && (IsNameChar(text[j]) || text[j] is '.' or '/'))
        {
            if (text[j] == '/') lastSlash = j;
            j++;
        }
        if (j + 1 < end && text[j] == '#' && char.IsDigit(text[j + 1]) && char.IsLetter(text[i]))
        {
            var number = j + 1;
            while (number < end && char.IsDigit(text[number])) number++;
            return number < end && char.IsLetter(text[number]) ? i : number;
        }
        if (lastSlash < 0) return i;
        var runEnd = j;
        while (runEnd > lastSlash && text[runEnd - 1] == '.') runEnd--;
        var dot = text.LastIndexOf('.', runEnd - 1, runEnd - lastSlash - 1);
        if (dot <= lastSlash + 1) return i;
        return FileExtensions.Contains(text.Substring(dot + 1, runEnd - dot - 1)) ? runEnd : i;
    }

    /// <summary>
    /// Where an address that opens at <paramref name="i"/> ends, its closing punctuation not yet taken off: at the next white
    /// space, or further on when a page's text was taken with a space after each of its dots and slashes ("http://www. harbour.
    /// org/ news", "https:/ / www. harbour. org"), as word-break hints become spaces. A first part that is whole ends the
    /// address ("http://www.harbour.org. The pier …" ends at its full stop). Only an address cut right after its scheme or the
    /// first label of its host ("www.", "doi.") is read on: its parts go on while each ends with a dot or a slash and the next
    /// opens as a part of an address does (in lower case or a digit; a host's name in capitals right after "www."), and the
    /// first part that ends otherwise is its last.
    /// </summary>
    private static int AddressEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        if (!(IsCutAfterFirstLabel(text, i, j) || j - i == 4 && EndsWith(text, j, i, "www.") || EndsWith(text, j, i, "https:/") || EndsWith(text, j, i, "http:/"))) return j;
        while (j + 1 < end && text[j] == ' ' && text[j - 1] is '.' or '/')
        {
            var next = text[j + 1];
            var partEnd = j + 1;
            while (partEnd < end && !char.IsWhiteSpace(text[partEnd])) partEnd++;
            // A host's name after "www." may be written in capitals ("www. Harbour. org"), when more of the address follows it.
            var capitalHost = char.IsUpper(next) && EndsWith(text, j, i, "www.") && text[partEnd - 1] is '.' or '/';
            if (!(char.IsLower(next) || char.IsDigit(next) || next == '/' || capitalHost)) break;
            j = partEnd;
        }
        return j;
    }

    /// <summary>True when the address from <paramref name="i"/> to <paramref name="j"/> is a scheme and one label of a host's
    /// name with the dot after it ("http://www.", "http://doi."): no whole address ends so.</summary>
    private static bool IsCutAfterFirstLabel(string text, int i, int j)
    {
        var scheme = text.IndexOf("://", i, j - i, StringComparison.Ordinal);
        if (scheme < 0 || j - scheme < 5 || text[j - 1] != '.') return false;
        for (var k = scheme + 3; k < j - 1; k++)
        {
            if (!char.IsLetterOrDigit(text[k]) && text[k] != '-') return false;
        }
        return true;
    }

    private static bool EndsWith(string text, int end, int start, string suffix) =>
        end - start >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary>Everything up to the next white space, without the sentence's punctuation after it.</summary>
    private static int RunEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && !char.IsWhiteSpace(text[j])) j++;
        return WithoutClosingPunctuation(text, i, j);
    }

    private static int WithoutClosingPunctuation(string text, int i, int j)
    {
        while (j > i && text[j - 1] is '.' or ',' or ')' or ';' or ':' or '”' or '"' or '!' or '?') j--;
        return j;
    }

    /// <summary>
    /// The end of an absolute path of two parts or more at <paramref name="i"/>: a file's ("/etc/hosts") or a web API's, with
    /// its placeholders ("/apis/batch/v1/namespaces/{namespace}/cronjobs/{name}"), whose parts are names, not words. Prose
    /// opens no word with a slash; one part ("/s", "/r") is left to it. Else <paramref name="i"/>. As a link's destination
    /// the path runs to the parenthesis that closes it on its line, spaces and all ("](/files/2016/05/Annex A Harbour
    /// Committee.docx)"): kramdown and the sites built with it render that as a link, though CommonMark reads it as text.
    /// </summary>
    private static int AbsolutePathEnd(string text, int i, int end)
    {
        if (i + 1 >= end || text[i + 1] == '/') return i;
        var j = i;
        while (j < end && (IsNameChar(text[j]) || text[j] is '.' or '/' or '{' or '}')) j++;
        while (j > i && text[j - 1] is '.' or '/') j--;
        var slashes = 0;
        for (var k = i; k < j; k++)
        {
            if (text[k] == '/') slashes++;
        }
        if (slashes < 2) return i;
        return i >= 2 && text[i - 1] == '(' && text[i - 2] == ']' && LinkDestinationClose(text, j, end) is var close and > 0 ? close : j;
    }

    /// <summary>The closing parenthesis of a link's destination that goes on at <paramref name="j"/> with a space, on its line
    /// and with no other parenthesis before it; 0 when there is none.</summary>
    private static int LinkDestinationClose(string text, int j, int end)
    {
        if (j >= end || text[j] != ' ') return 0;
        for (var k = j; k < end; k++)
        {
            switch (text[k])
            {
                case ')': return k;
                case '(' or '\n' or '\r' or '[' or ']': return 0;
            }
        }
        return 0;
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '_';

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> is one e-mail address and nothing else
    /// (<see cref="EmailEnd"/>).</summary>
    public static bool IsEmailAddress(string text, int start, int end) => end > start && char.IsLetterOrDigit(text[start]) && EmailEnd(text, start, end) == end;

    /// <summary>True when an e-mail address comes next after <paramref name="position"/>, past spaces and a link's or an
    /// autolink's opening mark, bare or as a link's text ("- [j.roe@example.org](mailto:…)", ": j.roe@example.org."): a
    /// contact line's separator or label stands before it.</summary>
    public static bool LeadsToEmailAddress(string text, int position)
    {
        var start = position;
        while (start < text.Length && text[start] is ' ' or '[' or '<') start++;
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (']' or '>' or ')' or ',')) end++;
        // A sentence's full stop after the address is no part of it.
        while (end > start && text[end - 1] is '.' or ';' or ':') end--;
        return IsEmailAddress(text, start, end);
    }

    /// <summary>"name@example.org": a local part, an at sign and a domain with at least one dot; or an address on a campus's or
    /// a company's own network, whose host has none ("jdickens@cats", "root@localhost"): prose never runs a word into an at
    /// sign and on into another word.</summary>
    private static int EmailEnd(string text, int i, int end)
    {
        var j = i;
        while (j < end && (IsNameChar(text[j]) || text[j] is '.' or '+' or '%')) j++;
        if (j == i || j + 1 >= end || text[j] != '@') return i;
        var domain = DottedNameEnd(text, j + 1, end, requireKnownEnding: false);
        if (domain > j + 1) return domain;
        // ".@harbourdesk" is a post's handle made public by the dot before it, and the dot is punctuation of its own.
        if (!char.IsLetterOrDigit(text[i]) || !char.IsLetter(text[j + 1])) return i;
        var host = j + 1;
        while (host < end && IsNameChar(text[host])) host++;
        return host;
    }

    /// <summary>
    /// A bare domain with its path ("example.org/path", "bbc.co.uk"), a file name ("photo.png", "foo_yaml.txt"), a lone
    /// ending (".museum", ".png") or a name that opens with a dot (".NET", ".gitignore", <see cref="IsDotName"/>): labels of letters, digits, hyphens and underscores joined by single dots, the last one a
    /// known domain ending or file extension in lower case. Also code identifiers: a dotted module path
    /// ("typings.for.css.loader"), a snake_case name ("max_retries") and a function's name with its empty parentheses
    /// ("read()"). "U.S.", "2.8m" and "end.Then" are never matched.
    /// </summary>
    private static int DottedNameEnd(string text, int i, int end, bool requireKnownEnding = true)
    {
        var j = text[i] == '.' ? i + 1 : i;
        var dots = j - i;
        // An underscore between two letters or digits: a snake_case identifier ("max_retries"); prose never joins words so.
        var snakeCase = false;
        int lastLabelStart;
        while (true)
        {
            lastLabelStart = j;
            for (; j < end && IsNameChar(text[j]); j++)
            {
                if (text[j] == '_' && j > lastLabelStart && char.IsLetterOrDigit(text[j - 1]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1])) snakeCase = true;
            }
            if (j == lastLabelStart) return i;
            if (j + 1 >= end || text[j] != '.' || !IsNameChar(text[j + 1])) break;
            j++;
            dots++;
        }
        // A name run into empty parentheses: a function called or named as code writes it ("pipeline()", "fs.read()"), though
        // not marked as code; prose puts no word before "()".
        if (requireKnownEnding && j + 1 < end && text[j] == '(' && text[j + 1] == ')') return j + 2;
        if (dots == 0) return requireKnownEnding && snakeCase ? j : i;
        var last = text.Substring(lastLabelStart, j - lastLabelStart);
        if (requireKnownEnding && text[i] == '.' && (IsDotName(text, i + 1, j) || dots == 1 && IsTitleCasedGenericEnding(last))) return j;
        var isDomain = DomainEndings.Contains(last);
        if (requireKnownEnding ? !isDomain && !FileExtensions.Contains(last) : !IsDomainEnding(last))
        {
            return requireKnownEnding && IsDottedIdentifier(text, i, j, dots) ? j : i;
        }
        return isDomain && j < end && text[j] == '/' ? RunEnd(text, j, end) : j;
    }

    /// <summary>
    /// A generic domain ending written in title case, as a heading or a name writes it: "on .Gov websites", "from COBOL to Java
    /// or .Net". Only the generic endings: a country's code in title case is a word as often (".De Gaulle" after a stray space).
    /// </summary>
    private static bool IsTitleCasedGenericEnding(string label) =>
        label.Length >= 3 && char.IsUpper(label[0]) && GenericDomainEndings.Contains(label) && IsLowerFrom(label, 1);

    private static bool IsLowerFrom(string label, int start)
    {
        for (var k = start; k < label.Length; k++)
        {
            if (!char.IsLower(label[k])) return false;
        }
        return true;
    }

    private static readonly HashSet<string> GenericDomainEndings = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "edu", "gov", "mil", "info", "biz", "museum",
    };

    /// <summary>
    /// A package or module path ("typings.for.css.modules.loader", "com.example.app"): three or more labels joined by dots,
    /// each of two characters or more, starting with a lower-case letter, the last one possibly a type's name in camel case
    /// ("java.lang.NullPointerException"); or a namespace, each label capitalised and holding a lower-case letter
    /// ("Microsoft.Data.Sqlite"), of two labels when it opens with the root of .NET's namespaces ("System.Xaml"). Prose never
    /// runs three words together with dots; "U.S.A." and "e.g." have one-letter labels, "end.Then" two labels, one a capital,
    /// and "Kyiv.The" two a sentence's stop short of its space.
    /// </summary>
    private static bool IsDottedIdentifier(string text, int start, int end, int dots)
    {
        if (dots == 1 && !StartsWithNamespaceRoot(text, start, end)) return false;
        if (text[start] == '.') return false;
        var labelStart = start;
        var (modulePath, nameSpace) = (true, true);
        for (var k = start; k <= end; k++)
        {
            if (k < end && text[k] != '.') continue;
            if (k - labelStart < 2) return false;
            var typeName = k == end && char.IsUpper(text[labelStart]) && Capitals.HasInnerCapital(text, labelStart, k);
            modulePath &= char.IsLower(text[labelStart]) || typeName;
            nameSpace &= char.IsUpper(text[labelStart]) && HasLowerLetter(text, labelStart + 1, k);
            labelStart = k + 1;
        }
        return modulePath || nameSpace;
    }

    /// <summary>The first labels of the namespaces that .NET's documentation names in running text ("System.Xaml",
    /// "Microsoft.Build"): no sentence ends on them a space short of the next.</summary>
    private static readonly string[] NamespaceRoots = ["System.", "Microsoft."];

    private static bool StartsWithNamespaceRoot(string text, int start, int end)
    {
        foreach (var root in NamespaceRoots)
        {
            if (end - start > root.Length && string.CompareOrdinal(text, start, root, 0, root.Length) == 0) return true;
        }
        return false;
    }

    private static bool HasLowerLetter(string text, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (char.IsLower(text[k])) return true;
        }
        return false;
    }

    /// <summary>
    /// The labels, <paramref name="start"/> to <paramref name="end"/>, of a name that opens with a dot where a word starts: a
    /// product (".NET"), a file extension or a dot file (".csproj", ".h", ".gitignore", ".clang-tidy", ".DS_Store",
    /// ".resources.dll"), a method (".setEncoding", ".FromJust"). Each label is parts of letters and digits joined by hyphens
    /// or underscores, the first opening with a letter, and the first part of each starts in lower case, is in capitals, or is
    /// capitalised with a capital inside (a method's camel case): ".The" after a stray space is a sentence run on ("said
    /// .The"), not a name, and a single capital a spaced abbreviation ("U .S.").
    /// </summary>
    private static bool IsDotName(string text, int start, int end)
    {
        if (!char.IsLetter(text[start])) return false;
        var partStart = start;
        var (lower, innerCapital) = (false, false);
        for (var k = start; k <= end; k++)
        {
            var c = k < end ? text[k] : '.';
            if (c is not ('.' or '-' or '_'))
            {
                if (!char.IsLetterOrDigit(c)) return false;
                innerCapital |= char.IsUpper(c) && lower;
                lower |= char.IsLower(c);
                continue;
            }
            if (k == partStart || c == '.' && k + 1 < end && !char.IsLetter(text[k + 1])) return false;
            var startsLower = char.IsLower(text[partStart]) || char.IsDigit(text[partStart]);
            var capitals = !lower && k - partStart >= 2;
            var firstPart = partStart == start || text[partStart - 1] == '.';
            if (firstPart && !startsLower && !capitals && !innerCapital) return false;
            (partStart, lower, innerCapital) = (k + 1, false, false);
        }
        return true;
    }

    /// <summary>True when the full stop at <paramref name="i"/> follows two full stops, each with a space after it (". . ."):
    /// the ellipsis's last dot, not the start of a name (".NET").</summary>
    private static bool EndsSpacedEllipsis(string text, int i) =>
        i >= 4 && text[i - 1] == ' ' && text[i - 2] == '.' && text[i - 3] == ' ' && text[i - 4] == '.';

    /// <summary>Two or more lower-case ASCII letters: the ending of any domain, known or not.</summary>
    private static bool IsDomainEnding(string label) => label.Length >= 2 && AsciiLetters.AreLower(label, 0, label.Length);

    private static bool StartsWith(string text, int i, int end, string prefix)
    {
        if (end - i < prefix.Length) return false;
        for (var k = 0; k < prefix.Length; k++)
        {
            // The prefixes are ASCII, and no other character lowers to one of their letters: a quotation mark or a letter of
            // another script fails here without the culture tables (a page of quotation marks has a million such starts).
            var c = text[i + k];
            if (c > '\u007F' || char.ToLowerInvariant(c) != prefix[k]) return false;
        }
        return true;
    }

    private static int WordEnd(string text, int start, int end)
    {
        var dotted = DottedAbbreviationEnd(text, start, end);
        if (dotted > start) return dotted;
        var j = start + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                j++;
            }
            else if (c is '\'' or '’' && j + 1 < end && char.IsLetter(text[j + 1]) && !IsPossessive(text, j, end))
            {
                j += 2;
            }
            else if (c is '-' or '\u2010' && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
            {
                j += 2;
            }
            else
            {
                break;
            }
        }
        return j;
    }

    /// <summary>"U.S.", "a.m.", "D.C.": single letters each followed by a dot, at least two of them.</summary>
    private static int DottedAbbreviationEnd(string text, int start, int end)
    {
        var j = start;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.' && (j + 2 >= end || !char.IsLetter(text[j + 2]) || (j + 3 < end && text[j + 3] == '.')))
        {
            j += 2;
            letters++;
            if (j >= end || !char.IsLetter(text[j])) break;
        }
        return letters >= 2 ? j : start;
    }

    /// <summary>The possessive "'s" (or "’s") at the end of a word is a token of its own, so "Kyiv’s" is checked as "Kyiv".</summary>
    private static bool IsPossessive(string text, int i, int end) =>
        i + 1 < end && text[i] is '\'' or '’' && text[i + 1] is 's' or 'S' && i > 0 && char.IsLetterOrDigit(text[i - 1])
        && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    private static int NumberEnd(string text, int start, int end)
    {
        var j = start + 1;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c)) j++;
            else if (c is ',' or '.' or ':' && j + 1 < end && char.IsDigit(text[j + 1])) j += 2;
            else break;
        }
        // Attached suffixes: "4th", "1990s", "2.8m", "15km".
        while (j < end && char.IsLetter(text[j])) j++;
        return j;
    }
}
