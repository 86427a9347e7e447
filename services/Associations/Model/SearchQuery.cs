namespace Frivillighed.Associations.Model;

public static class SearchQuery
{
    // Free text → a PostgreSQL tsquery in which every word must match as a prefix: "boldklub haslev" →
    // "boldklub:* & haslev:*". Only letters and digits survive, so user input can never break the query syntax.
    public static string? ToPrefixTsQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(word => word.Length > 0)
            .Take(10)
            .Select(word => word + ":*")
            .ToList();
        return words.Count == 0 ? null : string.Join(" & ", words);
    }
}
