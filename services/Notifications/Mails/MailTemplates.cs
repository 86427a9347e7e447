using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Frivillighed.Notifications.Mails;

public sealed record RenderedMail(string Subject, string Html, string Text);

// The mails' templates: one file each under Templates/, its <title> the subject, the rest the body inside the
// shared _layout.html. {{Name}} is replaced by the value, HTML-encoded; {{{Name}}} by a fragment the code built
// (already encoded, see Html). A value the template needs but is not given is an error, never an empty gap.
// The plain-text alternative is written from the same HTML, so the two never say different things.
public static partial class MailTemplates
{
    private static readonly Assembly Assembly = typeof(MailTemplates).Assembly;

    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("Templates.", StringComparison.Ordinal) && !n.Contains("_layout", StringComparison.Ordinal))
        .Select(n => n["Templates.".Length..^".html".Length]).Order().ToList();

    public static RenderedMail Render(string template, IReadOnlyDictionary<string, string> values)
    {
        var source = Read(template);
        var title = TitlePattern().Match(source);
        if (!title.Success)
        {
            throw new InvalidOperationException($"Mail template {template} has no <title> (the subject).");
        }

        var subject = WebUtility.HtmlDecode(Fill(template, title.Groups[1].Value, values, encode: false));
        var body = Fill(template, source[(title.Index + title.Length)..].Trim(), values, encode: true);
        var html = Read("_layout").Replace("{{Subject}}", WebUtility.HtmlEncode(subject), StringComparison.Ordinal)
            .Replace("{{{Body}}}", body, StringComparison.Ordinal)
            .Replace("{{Portal}}", WebUtility.HtmlEncode(Value(template, values, "Portal")), StringComparison.Ordinal);
        var page = html[(html.IndexOf("<body", StringComparison.Ordinal))..];
        return new RenderedMail(subject, html, ToText(page));
    }

    private static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream($"Templates.{name}.html")
            ?? throw new InvalidOperationException($"No mail template named {name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Fill(string template, string text, IReadOnlyDictionary<string, string> values, bool encode) =>
        PlaceholderPattern().Replace(text, m => m.Groups["raw"].Success
            ? Value(template, values, m.Groups["raw"].Value)
            : encode ? WebUtility.HtmlEncode(Value(template, values, m.Groups["name"].Value)) : Value(template, values, m.Groups["name"].Value));

    private static string Value(string template, IReadOnlyDictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"Mail template {template} needs a value for {name}.");

    // The plain-text part: paragraphs and list items on lines of their own, each link as its text and address.
    public static string ToText(string html)
    {
        var text = LinkPattern().Replace(html, m =>
        {
            var label = TagPattern().Replace(m.Groups["text"].Value, "").Trim();
            var href = m.Groups["href"].Value;
            return label == href || label.Length == 0 ? href : $"{label}: {href}";
        });
        text = Regex.Replace(text, @"<li[^>]*>", "- ");
        text = Regex.Replace(text, @"<br\s*/?>", "\n");
        text = Regex.Replace(text, @"</(p|h1|h2|li|ul|ol|tr|table|div)>", "\n");
        text = Regex.Replace(text, @"</t[dh]>", " ");
        text = WebUtility.HtmlDecode(TagPattern().Replace(text, ""));
        text = Regex.Replace(text, @"[ \t]*\n[ \t]*", "\n");
        text = Regex.Replace(text, @"[ \t]{2,}", " ");
        return Regex.Replace(text, @"\n{3,}", "\n\n").Trim() + "\n";
    }

    [GeneratedRegex(@"<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"\{\{\{(?<raw>\w+)\}\}\}|\{\{(?<name>\w+)\}\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"<a\s[^>]*href=""(?<href>[^""]*)""[^>]*>(?<text>.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex TagPattern();
}

// HTML fragments for {{{...}}} placeholders, every piece of data encoded.
public static class Html
{
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static string List(IEnumerable<string> items) =>
        "<ul>" + string.Concat(items.Select(i => $"<li>{WebUtility.HtmlEncode(i)}</li>")) + "</ul>";

    public static string Paragraph(string? text) => string.IsNullOrWhiteSpace(text) ? "" : $"<p>{WebUtility.HtmlEncode(text)}</p>";
}
