namespace Frivillighed.Associations.Model;

// A document handed in by an association: a PDF, one version of its kind (a new version keeps the old ones).
// The content lives in its own row (DocumentContent), so listing never reads the files.
public sealed class AssociationDocument
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid AssociationId { get; init; }
    public DocumentKind Kind { get; init; }
    public int Version { get; init; }
    public required string FileName { get; init; }
    public long Size { get; init; }
    public required string Sha256 { get; init; }
    public Guid UploadedById { get; init; }
    public required string UploadedByName { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
}
