using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Editorial.Text;

/// <summary>
/// Loads one YAML document (an outlet profile, an article's front matter) with YamlDotNet and turns each way it fails into a
/// place in the text and a message its writer can act on. Five failures need more than YamlDotNet's own report:
/// <list type="bullet">
/// <item>a flow list or mapping left open ("[Kyiv") is reported where the parser gave up, often lines later: here at its
/// '[' or '{';</item>
/// <item>some of its syntax errors (a tab that indents a key) have no position: here the scanner's;</item>
/// <item>its scanner throws <see cref="InvalidOperationException"/>, with no position, when a block key follows an open flow
/// collection;</item>
/// <item>its representation model throws <see cref="ArgumentException"/> for some shapes it parsed, such as an indented
/// sequence of mappings with empty keys ("    - : 2019");</item>
/// <item>a value that opens with a character YAML reserves ("- %") is "found character that cannot start any token": here
/// the character is named.</item>
/// </list>
/// </summary>
public static class YamlLoading
{
    public const string UnclosedMessage = "a '[', '{' or quotation mark is not closed";

    /// <summary>Where and why a document could not be loaded: an offset in the loaded text.</summary>
    public readonly record struct Failure(int Offset, string Message);

    /// <summary>The root node of the first document in <paramref name="text"/> (null for an empty text), or null with
    /// <paramref name="failure"/> set.</summary>
    public static YamlNode? Load(string text, out Failure? failure) => Load(text, out failure, out _);

    /// <summary>
    /// A page's front matter read as the site generators' YAML readers read it: libyaml (Jekyll) and js-yaml (Eleventy, Astro,
    /// gray-matter) take a double-quoted value's continuation lines at any indentation, where the YAML specification and
    /// YamlDotNet want them indented past their key ("excerpt: \"You can't learn …" followed by "learn to perform …" at the
    /// start of the line). Blogs wrap long excerpts that way, and their pages build: each such line is read with one more
    /// space until YamlDotNet reads the document, and every offset given is still one in <paramref name="text"/>.
    /// </summary>
    /// <remarks>A key set twice in one mapping is read as those readers read it too: the later value wins (libyaml's Psych, under
    /// Jekyll, keeps the last), and <see cref="FrontMatterYaml.KeysSetTwice"/> names each such key where it is set again, for
    /// the reader of the front matter to judge: a layout or a redirect set twice is the site generator's business.</remarks>
    public static FrontMatterYaml LoadFrontMatter(string text)
    {
        var read = text;
        var inserted = new List<int>();
        var keysSetTwice = new List<(string, Mark)>();
        var root = Load(read, out var failure, out var wrongIndentation, keysSetTwice);
        var first = failure;
        while (wrongIndentation is { } line && inserted.Count < MostLinesIndented)
        {
            var at = OffsetOf(read, line);
            read = read.Insert(at, " ");
            for (var i = 0; i < inserted.Count; i++) if (inserted[i] >= at) inserted[i]++;
            inserted.Add(at);
            keysSetTwice.Clear();
            root = Load(read, out failure, out wrongIndentation, keysSetTwice);
        }
        // Past the lines a front matter plausibly wraps, the first fault is the one to report, where the writer left it.
        if (wrongIndentation is not null) return new FrontMatterYaml(null, first, text, [], []);
        return new FrontMatterYaml(root, failure, read, inserted, keysSetTwice);
    }

    /// <summary>How many wrapped lines <see cref="LoadFrontMatter"/> indents before it reports the first: each is one more parse.</summary>
    private const int MostLinesIndented = 64;

    /// <summary>A front matter as <see cref="LoadFrontMatter"/> read it: <see cref="Read"/> is the text YamlDotNet read, the
    /// front matter with its wrapped lines indented; <see cref="OffsetOf(Mark)"/> turns a place in it into one in the front
    /// matter as written.</summary>
    public sealed class FrontMatterYaml(YamlNode? root, Failure? failure, string read, IReadOnlyList<int> inserted, IReadOnlyList<(string Key, Mark Again)> keysSetTwice)
    {
        public YamlNode? Root { get; } = root;
        public Failure? Failure { get; } = failure is { } f ? new Failure(OffsetIn(inserted, f.Offset), f.Message) : null;
        public string Read { get; } = read;

        /// <summary>Each key the document's mapping sets again to another value, where it is set again (in <see cref="Read"/>);
        /// <see cref="Root"/> holds its last value, as it does of a key set twice deeper in.</summary>
        public IReadOnlyList<(string Key, Mark Again)> KeysSetTwice { get; } = keysSetTwice;

        public int OffsetOf(Mark mark) => OffsetOf((int)Math.Min(mark.Index, Read.Length));

        /// <summary>The offset in the front matter as written of <paramref name="readOffset"/>, an offset in <see cref="Read"/>.</summary>
        public int OffsetOf(int readOffset) => OffsetIn(inserted, readOffset);

        private static int OffsetIn(IReadOnlyList<int> inserted, int readOffset)
        {
            var before = 0;
            foreach (var at in inserted) if (at < readOffset) before++;
            return readOffset - before;
        }
    }

    private static YamlNode? Load(string text, out Failure? failure, out Mark? wrongIndentation, List<(string, Mark)>? keysSetTwice = null)
    {
        failure = null;
        wrongIndentation = null;
        var stream = new YamlStream();
        var scanner = new FlowTrackingScanner(new Scanner(new System.IO.StringReader(text)));
        try
        {
            IParser parser = new Parser(scanner);
            if (keysSetTwice is not null)
            {
                // Parsed once: the events are searched for keys set twice, then loaded without their earlier entries.
                var events = new List<ParsingEvent>();
                while (parser.MoveNext()) events.Add(parser.Current!);
                parser = new EventReplay(events, EarlierEntriesOfKeysSetTwice(events, keysSetTwice));
            }
            stream.Load(parser);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException exception)
        {
            // The scanner stops at the wrapped line's first character, the place one more space of indentation goes.
            if (exception.Message.Contains(WrongIndentationMessage)) wrongIndentation = exception.End;
            var unclosed = exception.Message.Contains("did not find expected ',' or ']'") || exception.Message.Contains("did not find expected ',' or '}'")
                ? scanner.Unclosed : null;
            // Some of its errors carry no position (a tab that indents a key): the scanner stopped where it found the fault.
            var at = exception.Start.Equals(Mark.Empty) && exception.End.Equals(Mark.Empty) ? scanner.CurrentPosition : exception.Start;
            var offset = OffsetOf(text, unclosed ?? at);
            failure = new Failure(offset, unclosed is not null ? UnclosedMessage : ReservedStart(text, offset, exception) ?? Describe(exception));
        }
        catch (InvalidOperationException)
        {
            var failedAt = OffsetOf(text, scanner.CurrentPosition);
            failure = new Failure(scanner.Unclosed is { } open ? OffsetOf(text, open) : UnclosedBracket(text, failedAt) ?? failedAt, UnclosedMessage);
        }
        catch (ArgumentException)
        {
            // The model fails once the node is parsed, past the shape it refuses, and names no position: the document as a whole.
            failure = new Failure(0, "it cannot be read as keys and values");
        }
        return null;
    }

    private const string WrongIndentationMessage = "multi-line double-quoted scalar, found wrong indentation";

    /// <summary>
    /// The places in <paramref name="events"/> of each entry of a mapping whose key the same mapping sets again later, and each
    /// such key of the document's own mapping where it is set again (into <paramref name="keysSetTwice"/>). Read with an
    /// explicit stack, so that nesting of any depth is no recursion.
    /// </summary>
    private static HashSet<int> EarlierEntriesOfKeysSetTwice(List<ParsingEvent> events, List<(string, Mark)> keysSetTwice)
    {
        var skipped = new HashSet<int>();
        var open = new Stack<Collection>();
        for (var i = 0; i < events.Count; i++)
        {
            var parsingEvent = events[i];
            if (parsingEvent is NodeEvent && open.Count > 0 && open.Peek() is { IsMapping: true, AtKey: true } mapping)
            {
                mapping.EntryStart = i;
                mapping.Key = parsingEvent as Scalar;
            }
            switch (parsingEvent)
            {
                case SequenceStart:
                    open.Push(new Collection(isMapping: false));
                    break;
                case MappingStart:
                    open.Push(new Collection(isMapping: true));
                    break;
                case SequenceEnd or MappingEnd:
                    if (open.Count > 0) open.Pop();
                    Ended(i);
                    break;
                case Scalar or AnchorAlias:
                    Ended(i);
                    break;
            }
        }
        return skipped;

        // A node ended at event `last`: in a mapping, its key, or the value that ends its entry.
        void Ended(int last)
        {
            if (open.Count == 0 || open.Peek() is not { IsMapping: true } mapping) return;
            mapping.AtKey = !mapping.AtKey;
            if (!mapping.AtKey || mapping.Key is not { } key) return;
            if (mapping.Entries.TryGetValue(key.Value, out var earlier))
            {
                for (var k = earlier.First; k <= earlier.Last; k++) skipped.Add(k);
                // The same value written again ("date: 2017-06-26" twice, as an import wrote every page of a blog) leaves
                // nothing to choose between: only another value is the writer's to settle.
                if (open.Count == 1 && !WriteTheSameValue(events[earlier.Last], events[last])) keysSetTwice.Add((key.Value, key.Start));
            }
            mapping.Entries[key.Value] = (mapping.EntryStart, last);
        }
    }

    /// <summary>True when two entries' values are one scalar each and write the same text.</summary>
    private static bool WriteTheSameValue(ParsingEvent earlierValue, ParsingEvent laterValue) =>
        earlierValue is Scalar earlier && laterValue is Scalar later && string.Equals(earlier.Value, later.Value, StringComparison.Ordinal);

    /// <summary>A sequence or mapping being read by <see cref="EarlierEntriesOfKeysSetTwice"/>: for a mapping, whether its next node
    /// is a key, where the entry being read starts and its key (a scalar: other keys are not compared), and each key's entry, its
    /// first and last event.</summary>
    private sealed class Collection(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;
        public bool AtKey { get; set; } = true;
        public int EntryStart { get; set; }
        public Scalar? Key { get; set; }
        public Dictionary<string, (int First, int Last)> Entries { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Parsing events read before, given again without those at the places <paramref name="skipped"/> holds.</summary>
    private sealed class EventReplay(List<ParsingEvent> events, HashSet<int> skipped) : IParser
    {
        private int _index = -1;

        public ParsingEvent? Current => _index >= 0 && _index < events.Count ? events[_index] : null;

        public bool MoveNext()
        {
            do _index++;
            while (_index < events.Count && skipped.Contains(_index));
            return _index < events.Count;
        }
    }

    /// <summary>YamlDotNet's message without its "(Line: …)" prefix and the exceptions it wraps ("Property 'colour' not found"),
    /// its one line.</summary>
    public static string Describe(YamlException exception)
    {
        var inner = exception.InnerException as YamlException ?? exception;
        var message = inner.InnerException?.Message ?? inner.Message;
        var text = message.StartsWith("(Line:", StringComparison.Ordinal) ? message.Substring(message.IndexOf("): ", StringComparison.Ordinal) + 3) : message;
        text = text.Split('\n')[0].Trim();
        // "Duplicate key story" reads as a phrase: the key is quoted.
        const string duplicateKey = "Duplicate key ";
        return text.StartsWith(duplicateKey, StringComparison.Ordinal) ? $"the key '{text.Substring(duplicateKey.Length)}' is set twice" : text;
    }

    /// <summary>
    /// "found character that cannot start any token": a value that opens with a character YAML keeps for its own syntax
    /// ("- %" in a list of aliases, "@handle", a backtick), named, with what makes it a value: quotation marks.
    /// </summary>
    private static string? ReservedStart(string text, int offset, YamlException exception) =>
        exception.Message.Contains("cannot start any token") && offset < text.Length && !char.IsWhiteSpace(text[offset])
            ? $"a value cannot start with '{text[offset]}' unless it is in quotation marks ('{text[offset]}...')"
            : null;

    /// <summary>What a node holds, as a message names it: "a list", "keys and values", "a single value".</summary>
    public static string ShapeOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "keys and values",
        _ => "a single value",
    };

    /// <summary>Where <paramref name="mark"/> is in the loaded <paramref name="text"/>: its index, the characters the scanner read
    /// before it, not its line and column, which YAML counts otherwise (U+2028, U+2029 and U+0085 end a line) and which would put a
    /// mark after such a break lines away, or between the halves of a character.</summary>
    public static int OffsetOf(string text, Mark mark) => (int)Math.Min(mark.Index, text.Length);

    /// <summary>YamlDotNet's scanner, noting where the innermost flow list or mapping still open began.</summary>
    private sealed class FlowTrackingScanner(Scanner inner) : IScanner
    {
        private readonly Stack<Mark> _open = new();
        private YamlDotNet.Core.Tokens.Token? _seen;

        public Mark? Unclosed => _open.Count > 0 ? _open.Peek() : null;
        public Mark CurrentPosition => inner.CurrentPosition;
        public YamlDotNet.Core.Tokens.Token? Current => inner.Current;

        public bool MoveNext() => Track(inner.MoveNext());

        public bool MoveNextWithoutConsuming() => Track(inner.MoveNextWithoutConsuming());

        public void ConsumeCurrent() => inner.ConsumeCurrent();

        private bool Track(bool moved)
        {
            var token = inner.Current;
            if (token is null || ReferenceEquals(token, _seen)) return moved;
            _seen = token;
            if (token is YamlDotNet.Core.Tokens.FlowSequenceStart or YamlDotNet.Core.Tokens.FlowMappingStart) _open.Push(token.Start);
            else if (token is YamlDotNet.Core.Tokens.FlowSequenceEnd or YamlDotNet.Core.Tokens.FlowMappingEnd && _open.Count > 0) _open.Pop();
            return moved;
        }
    }

    /// <summary>
    /// The offset of the last '[' or '{' still open before <paramref name="end"/>, skipping comments and quoted scalars: the scanner
    /// throws before it hands the parser the token of a list left open, so it is found in the text.
    /// </summary>
    private static int? UnclosedBracket(string text, int end)
    {
        var open = new Stack<int>();
        char? quote = null;
        var previous = '\n';
        for (var i = 0; i < Math.Min(end, text.Length); i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (q == '"' && c == '\\') i++;
                else if (c == q) quote = null;
                if (quote is null) previous = c;
                continue;
            }
            if (c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                while (i + 1 < text.Length && text[i + 1] != '\n') i++;
                continue;
            }
            // A quotation mark opens a quoted scalar only where a scalar starts ("can't" in a plain scalar does not).
            if (c is '"' or '\'' && previous is '\n' or '[' or '{' or ',' or ':' or '-') quote = c;
            else if (c is '[' or '{') open.Push(i);
            else if (c is ']' or '}' && open.Count > 0) open.Pop();
            if (c == '\n' || !char.IsWhiteSpace(c)) previous = c;
        }
        return open.Count > 0 ? open.Peek() : null;
    }
}
