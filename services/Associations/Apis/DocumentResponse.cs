using Frivillighed.Associations.Model;

namespace Frivillighed.Associations.Apis;

// One version of a document, with who handed it in and when; Url reads the PDF.
public sealed record DocumentResponse(
    Guid Id,
    Guid AssociationId,
    DocumentKind Kind,
    int Version,
    string FileName,
    long Size,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string Url);
