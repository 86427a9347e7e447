using System.Text;

namespace Frivillighed.Associations.Model;

// What makes a file a PDF we accept, decided by its content, never by its name: it begins with the PDF header
// ("%PDF-1.x" or "%PDF-2.0") and has an end-of-file marker ("%%EOF") in its last kilobyte; at most 10 MB
// (10 × 1024 × 1024 bytes).
public static class PdfFile
{
    public const long MaxSize = 10L * 1024 * 1024;

    // Why the file is refused (null: accepted).
    public static string? Refusal(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0)
        {
            return "The file is empty.";
        }

        if (content.Length > MaxSize)
        {
            return $"The file is {content.Length:N0} bytes; a document is at most 10 MB ({MaxSize:N0} bytes).";
        }

        var header = Encoding.ASCII.GetBytes("%PDF-");
        if (!content.StartsWith(header) || content.Length < 8 || content[5] is not ((byte)'1' or (byte)'2') || content[6] != (byte)'.')
        {
            return "The file is not a PDF (it does not begin with a PDF header). Save or export the document as PDF and try again.";
        }

        var tail = content[Math.Max(0, content.Length - 1024)..];
        return tail.IndexOf(Encoding.ASCII.GetBytes("%%EOF")) < 0
            ? "The PDF is incomplete (it has no end-of-file marker); the upload may have been cut off, or the file is damaged."
            : null;
    }
}
