using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Html.Parser.Tokens;
using Editorial.Text;

namespace Editorial.Articles;

/// <summary>
/// What a saved page's template prints around its copy, as the reader meets it: the widgets whose first text is the page's
/// furniture (an ad's label, a share bar's prompt, a caption's credit), the empty slots a script fills, and the blocks that
/// hold an image, whose credit later in the block is the image's.
/// </summary>
internal static partial class HtmlLayout
{
    private sealed partial class Reader
    {
        /// <summary>A widget's element was opened (<see cref="IsWidget"/>) and no text since: the next text is the widget's own
        /// (<see cref="ArticleLayout.WidgetTextStarts"/>), unless an end tag closes the widget or an element around it first.</summary>
        private bool _widgetOpened;
        /// <summary>The elements opened inside the pending widget and not closed yet (an icon's <c>span</c> and <c>svg</c> before a
        /// caption's text): their end tags leave the widget pending.</summary>
        private readonly List<string> _openedInWidget = new();
        /// <summary>The elements open around what is read, innermost last (<see cref="ReadElementTag"/>): each with its name, where
        /// its start tag starts, whether it may be an empty slot (<see cref="ArticleLayout.EmptySlots"/>), how many texts had been
        /// read (<see cref="_textsRead"/>) when it opened, whether it holds the page's notes (<see cref="ArticleLayout.NoteBlocks"/>),
        /// the outermost such element only, and whether an empty slot closed inside it (<see cref="ArticleLayout.SlotUnits"/>).</summary>
        private readonly List<OpenElement> _openElements = new();
        private record struct OpenElement(string Name, int Start, bool MayBeSlot, int TextsBefore, bool Notes, bool HoldsSlot);
        /// <summary>How many of <see cref="_openElements"/> hold notes: none or one.</summary>
        private int _openNotes;
        /// <summary>How many texts with a word or a mark in them have been read outside skipped elements.</summary>
        private int _textsRead;
        /// <summary>The block elements open around what is read, innermost last, each with where the first image it holds as
        /// its own starts, -1 for none (<see cref="ArticleLayout.ImageBlocks"/>), and how many texts had been read when it opened
        /// (<see cref="_textsRead"/>).</summary>
        private readonly List<OpenBlock> _openBlocks = new();
        private record struct OpenBlock(string Name, int Image, int TextsBefore);

        /// <summary>Reads a tag for the page's template: a widget's element, an empty slot. (A block's tag, which may hold an
        /// image, is read where blocks are: <see cref="ReadBlockTag"/>.)</summary>
        private void ReadTemplateTag(HtmlTagToken tag, bool start, int tagStart, TagSignals signals)
        {
            ReadWidgetTag(tag, start);
            ReadElementTag(tag, start, tagStart, signals);
        }

        /// <summary>Reads text for the page's template: the first word of a pending widget starts it
        /// (<see cref="ArticleLayout.WidgetTextStarts"/>), and the texts are counted, so that an element that closes with none
        /// read since it opened is empty (<see cref="CloseElements"/>).</summary>
        private void ReadTemplateText(TextSpan span, string data)
        {
            if (!data.AsSpan().IsWhiteSpace()) _textsRead++;
            // A mark alone is not yet its text: a credit's bracket before the element that holds its words ("(<div class="camera">
            // <span></span>Image: Name/Agency)</div>").
            if (_widgetOpened && FirstWordCharacter(data) is var word and >= 0)
            {
                layout.WidgetTextStarts.Add(span.Start + word);
                _widgetOpened = false;
            }
        }

        /// <summary>
        /// An element of the page's template, as its class or id says: an ad slot (<c>class="ad-wrapper"</c>, <c>"adtext"</c>,
        /// <c>id="swappable-mobile-ad-container"</c>), a promoted link, a box of related, recommended or most-read stories, a
        /// "read more" link, a button or a call to action (<c>"cta"</c>), a share bar or a social network's box, a newsletter's
        /// sign-up, a sidebar's widget, a gallery or its counter, a photo's credit or caption. A word of the name counts whole,
        /// split at hyphens, underscores and camel case's capitals, so that "head", "load" and "add-comment" are none
        /// (<see cref="NamesWidget"/>). HTML's own elements for a caption and a credit, <c>figcaption</c> and <c>cite</c>
        /// ("&lt;cite&gt;Image: Name&lt;/cite&gt;"), are the page's too, and so is a <c>figure</c>, whose first text is its picture's
        /// credit or caption ("&lt;figure&gt;&lt;img …&gt;&lt;span&gt;Image copyright: Name&lt;/span&gt;").
        /// </summary>
        private static bool IsWidget(HtmlTagToken tag)
        {
            if (tag.Name.Equals("figcaption", StringComparison.OrdinalIgnoreCase) || tag.Name.Equals("cite", StringComparison.OrdinalIgnoreCase)
                || tag.Name.Equals("figure", StringComparison.OrdinalIgnoreCase)) return true;
            foreach (var attribute in tag.Attributes)
            {
                if (!attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase) && !attribute.Name.Equals("id", StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var name in attribute.Value.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (NamesWidget(name)) return true;
                }
            }
            return false;
        }

        /// <summary>True when a part of a class or id names a widget: a word of <see cref="WidgetWords"/>, one of camel case's
        /// words ("GoogleDfpAd", "adCaption"), a long one closed up inside it ("inlinegallery"), or "ad" closed up with a slot's
        /// noun ("adtext", "adslot").</summary>
        private static bool NamesWidget(string name)
        {
            if (WidgetWords.Contains(name)) return true;
            var wordStart = 0;
            for (var i = 1; i <= name.Length; i++)
            {
                if (i < name.Length && !(char.IsUpper(name[i]) && char.IsLower(name[i - 1]))) continue;
                if (i - wordStart < name.Length && WidgetWords.Contains(name.Substring(wordStart, i - wordStart))) return true;
                wordStart = i;
            }
            foreach (var word in EmbeddedWidgetWords)
            {
                if (name.Length > word.Length && name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            }
            return name.Length > 2 && name.StartsWith("ad", StringComparison.OrdinalIgnoreCase) && SlotNouns.Contains(name.Substring(2));
        }


        private static readonly char[] NameSeparators = [' ', '\t', '\n', '\r', '\f', '-', '_'];

        private static readonly HashSet<string> WidgetWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "ad", "ads", "advert", "adverts", "advertisement", "advertising", "related", "relatedposts", "readmore", "more", "mostread",
            "popular", "trending", "share", "sharing", "sharetools", "social", "twitter", "facebook", "instagram", "newsletter",
            "subscribe", "signup", "promo", "promoted", "sponsored", "cta", "widget", "button", "btn", "credit", "credits", "caption",
            "enlarge", "taboola", "outbrain", "zergnet", "gallery", "slideshow", "carousel", "count",
        };

        /// <summary>The widget's words of seven letters or more, which count closed up inside a name too ("gallery" of
        /// "inlinegallery"); a shorter one would be found inside other words ("ad" in "head"). Picked once, not at each tag.</summary>
        private static readonly string[] EmbeddedWidgetWords = WidgetWords.Where(word => word.Length >= 7).ToArray();

        /// <summary>Nouns that "ad" is closed up with in the names of ad slots ("adtext", "adslot", "adunit").</summary>
        private static readonly HashSet<string> SlotNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "text", "slot", "unit", "box", "container", "wrapper", "wrap", "label", "space", "zone", "block", "banner",
        };

        private static int FirstWordCharacter(string data)
        {
            for (var i = 0; i < data.Length; i++) if (char.IsLetterOrDigit(data[i])) return i;
            return -1;
        }

        /// <summary>Only tags of the widget's own elements may stand between a widget's tag and the text it opens with: opening
        /// tags, and the end tags of elements opened inside it. Any other end tag closes the widget, or an element around it,
        /// without text.</summary>
        private void ReadWidgetTag(HtmlTagToken tag, bool start)
        {
            var opens = start && !tag.IsSelfClosing && !VoidElements.Contains(tag.Name);
            if (!_widgetOpened)
            {
                _widgetOpened = start && IsWidget(tag);
                _openedInWidget.Clear();
                return;
            }
            if (opens)
            {
                _openedInWidget.Add(tag.Name);
            }
            else if (!start)
            {
                var opened = _openedInWidget.FindLastIndex(name => name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase));
                if (opened < 0) _widgetOpened = false;
                else _openedInWidget.RemoveRange(opened, _openedInWidget.Count - opened);
            }
        }

        /// <summary>
        /// Follows the block elements open around the text (<see cref="_openBlocks"/>), as a browser closes them: an end tag
        /// closes its element and those opened inside it; a block opened in a p, or an li opened in an li, closes it first (a
        /// p's end tag may be left out). The page's own elements (html, head, body) hold the whole page and are not followed.
        /// </summary>
        private void ReadBlockTag(HtmlTagToken tag, bool start, int tagStart)
        {
            if (VoidElements.Contains(tag.Name) || PageElements.Contains(tag.Name)) return;
            if (start)
            {
                if (tag.IsSelfClosing) return;
                var innermost = _openBlocks.Count - 1;
                if (innermost >= 0 && (_openBlocks[innermost].Name.Equals("p", StringComparison.OrdinalIgnoreCase)
                                       || _openBlocks[innermost].Name.Equals("li", StringComparison.OrdinalIgnoreCase) && tag.Name.Equals("li", StringComparison.OrdinalIgnoreCase)))
                {
                    CloseBlocks(innermost, tagStart);
                }
                _openBlocks.Add(new OpenBlock(tag.Name, -1, _textsRead));
                return;
            }
            var open = _openBlocks.FindLastIndex(block => block.Name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase));
            if (open >= 0) CloseBlocks(open, tagStart);
        }

        /// <summary>Notes an image at <paramref name="position"/> as its own of the innermost open block, unless that block holds
        /// one already (<see cref="ArticleLayout.ImageBlocks"/>).</summary>
        private void NoteImage(int position)
        {
            var innermost = _openBlocks.Count - 1;
            if (innermost >= 0 && _openBlocks[innermost].Image < 0) _openBlocks[innermost] = _openBlocks[innermost] with { Image = position };
        }

        /// <summary>Closes the open blocks from <paramref name="first"/> in, at <paramref name="end"/>: each that holds an image
        /// keeps the stretch from its image to its end (<see cref="ArticleLayout.ImageBlocks"/>). A block that holds its image and
        /// no text ("&lt;td&gt;&lt;p&gt;&lt;img …&gt;&lt;/p&gt;&lt;p&gt;The team warms up. (File Photo/Name)&lt;/p&gt;&lt;/td&gt;")
        /// only sets the picture in the block around it, whose next block is its caption: the image is that block's own too.</summary>
        private void CloseBlocks(int first, int end)
        {
            for (var i = _openBlocks.Count - 1; i >= first; i--)
            {
                var block = _openBlocks[i];
                if (block.Image < 0 || block.Image >= end) continue;
                layout.ImageBlocks.Add(TextSpan.FromBounds(block.Image, end));
                if (block.TextsBefore == _textsRead && i > 0 && _openBlocks[i - 1].Image < 0) _openBlocks[i - 1] = _openBlocks[i - 1] with { Image = block.Image };
            }
            _openBlocks.RemoveRange(first, _openBlocks.Count - first);
        }

        private static readonly HashSet<string> PageElements = new(StringComparer.OrdinalIgnoreCase) { "html", "head", "body" };

        /// <summary>
        /// Follows the elements open around the text (<see cref="_openElements"/>): an end tag closes the innermost open element
        /// of its name and those opened inside it and left open (an unclosed <c>p</c> or <c>li</c>); an end tag with no open
        /// element of its name closes nothing. On the way it finds the empty slots a page's script fills
        /// (<see cref="ArticleLayout.EmptySlots"/>): an element that a script can find (an id, a class or a data attribute), or
        /// an embedded document or player, that closes with no text inside it, only tags, spaces, scripts or images, at any
        /// depth: an ad's container that holds its empty slots and then its label
        /// (<c>&lt;div class="…"&gt;&lt;div id="adspot-2"&gt;&lt;/div&gt;&lt;small&gt;Advertisement&lt;/small&gt;&lt;/div&gt;</c>) is
        /// no slot, and the slots in it are, and the container, with a few texts beside its slots, is the ad's unit
        /// (<see cref="ArticleLayout.SlotUnits"/>). And it finds the blocks of the page's notes (<see cref="ArticleLayout.NoteBlocks"/>).
        /// </summary>
        private void ReadElementTag(HtmlTagToken tag, bool start, int tagStart, TagSignals signals)
        {
            if (tag.IsSelfClosing || VoidElements.Contains(tag.Name)) return;
            if (start)
            {
                // Pages that leave elements open without end give a deep stack; an end tag looks only so far down it.
                if (_openElements.Count == MaximumOpenElements)
                {
                    CloseElements(0, MaximumOpenElements / 2, tagStart);
                }
                var notes = signals.Notes && _openNotes == 0;
                if (notes) _openNotes++;
                _openElements.Add(new OpenElement(tag.Name, tagStart, signals.FoundByScript || EmbeddedContent.Contains(tag.Name), _textsRead, notes, HoldsSlot: false));
                return;
            }
            var lowest = Math.Max(0, _openElements.Count - EndTagSearchDepth);
            var open = _openElements.Count - 1;
            while (open >= lowest && !_openElements[open].Name.Equals(tag.Name, StringComparison.OrdinalIgnoreCase)) open--;
            if (open < lowest) return;
            CloseElements(open, _openElements.Count - open, tagStart);
        }

        /// <summary>Closes <paramref name="count"/> of <see cref="_openElements"/> from <paramref name="first"/> at
        /// <paramref name="end"/>, innermost first.</summary>
        private void CloseElements(int first, int count, int end)
        {
            for (var i = first + count - 1; i >= first; i--)
            {
                var element = _openElements[i];
                if (element.Notes)
                {
                    layout.NoteBlocks.Add(TextSpan.FromBounds(element.Start, end));
                    _openNotes--;
                }
                var texts = _textsRead - element.TextsBefore;
                if (element.HoldsSlot && texts is > 0 and <= MaximumSlotUnitTexts) layout.SlotUnits.Add(TextSpan.FromBounds(element.Start, end));
                if (!element.MayBeSlot || texts > 0) continue;
                // Slots close innermost first, and the list is kept in text order.
                var at = layout.EmptySlots.BinarySearch(element.Start);
                if (at < 0) layout.EmptySlots.Insert(~at, element.Start);
                if (i > 0) _openElements[i - 1] = _openElements[i - 1] with { HoldsSlot = true };
            }
            _openElements.RemoveRange(first, count);
        }

        /// <summary>Closes the elements still open at the end of the region, as a browser does at the end of the page.</summary>
        private void CloseOpenElements(int end) => CloseElements(0, _openElements.Count, end);

        /// <summary>The most texts an ad's unit holds beside its slots: its label and a line that points past it ("Advertisement",
        /// "Article continues below this ad").</summary>
        private const int MaximumSlotUnitTexts = 3;

        private const int MaximumOpenElements = 4096;
        private const int EndTagSearchDepth = 256;

        /// <summary>Elements that show another document or a player in the page: a label over one ("WATCH:" over a video's
        /// iframe) points to it as to a slot.</summary>
        private static readonly HashSet<string> EmbeddedContent = new(StringComparer.OrdinalIgnoreCase) { "iframe", "video", "audio", "object", "canvas" };
    }
}
