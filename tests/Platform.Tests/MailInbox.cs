using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Frivillighed.TestSupport;

namespace Frivillighed.Platform.Tests;

// The mails in smtp4dev, read through its HTTP API (/api/messages), as a person would read their inbox.
public sealed partial class MailInbox(HttpClient smtp4dev)
{
    public sealed record Message(string Id, string To, string Subject, int Attachments);

    public async Task<List<Message>> ToAsync(string address)
    {
        var page = await smtp4dev.GetFromJsonAsync<JsonElement>("/api/messages?pageSize=5000");
        return page.GetProperty("results").EnumerateArray()
            .Where(m => m.GetProperty("to").EnumerateArray().Any(t => string.Equals(t.GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => new Message(m.GetProperty("id").GetString()!, address, m.GetProperty("subject").GetString()!, m.GetProperty("attachmentCount").GetInt32()))
            .ToList();
    }

    // Waits for the first mail to the address whose subject contains the text.
    public Task<Message> WaitForAsync(string address, string subject, int timeoutSeconds = 60) =>
        Eventually.Returns(async () => (await ToAsync(address)).FirstOrDefault(m => m.Subject.Contains(subject, StringComparison.Ordinal)),
            m => m is not null, $"a mail to {address} about '{subject}'", timeoutSeconds).ContinueWith(t => t.Result!);

    public Task<string> TextAsync(Message message) => smtp4dev.GetStringAsync($"/api/messages/{message.Id}/plaintext");

    public Task<string> HtmlAsync(Message message) => smtp4dev.GetStringAsync($"/api/messages/{message.Id}/html");

    // The first link in the plain text that starts with the given address.
    public static string Link(string text, string startingWith) =>
        LinkPattern().Matches(text).Select(m => m.Value).FirstOrDefault(l => l.StartsWith(startingWith, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No link starting with {startingWith} in:\n{text}");

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex LinkPattern();
}
