namespace Frivillighed.Associations.Model;

public sealed class DocumentContent
{
    public Guid DocumentId { get; init; }
    public required byte[] Bytes { get; init; }
}
