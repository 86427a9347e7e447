using System.Security.Claims;
using System.Security.Cryptography;
using Frivillighed.Data;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Apis;

// The documents an association hands in (statutes, board list, accounts, minutes): PDF only, checked by content,
// at most 10 MB, readable only by the association's representatives and staff. A new version keeps the old.
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations/{id:guid}/documents").WithTags("Documents").RequireAuthorization();
        api.MapPost("/", UploadDocument).WithSummary("Hand in a document (multipart/form-data: kind, file; PDF, at most 10 MB)").DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        api.MapGet("/", ListDocuments).WithSummary("The association's documents, every version, newest first").ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapGet("/{documentId:guid}", ReadDocument).WithSummary("Read one document (application/pdf)").Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Results<Created<DocumentResponse>, ValidationProblem, ProblemHttpResult>> UploadDocument(
        Guid id, HttpRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Associations.AnyAsync(a => a.Id == id, ct))
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff hand in its documents.");
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("Send the document as multipart/form-data with the fields 'kind' and 'file'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");
        }

        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        var errors = new Dictionary<string, string[]>();
        if (!Enum.TryParse<DocumentKind>(form["kind"], ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors["Kind"] = [$"Say which document it is: {string.Join(", ", Enum.GetNames<DocumentKind>())}."];
        }

        if (file is null)
        {
            errors["File"] = ["Attach the document as the field 'file'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (file!.Length > PdfFile.MaxSize)
        {
            return TypedResults.Problem(PdfFile.Refusal(new byte[PdfFile.MaxSize + 1]), statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (PdfFile.Refusal(bytes) is { } refusal)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["File"] = [refusal] });
        }

        var version = await db.Documents.Where(d => d.AssociationId == id && d.Kind == kind).MaxAsync(d => (int?)d.Version, ct) ?? 0;
        var document = new AssociationDocument
        {
            AssociationId = id, Kind = kind, Version = version + 1, FileName = FileName(file.FileName, kind), Size = bytes.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), UploadedById = user.UserId()!.Value,
            UploadedByName = user.Identity?.Name ?? "", UploadedAt = time.GetUtcNow(),
        };
        db.Documents.Add(document);
        db.DocumentContents.Add(new DocumentContent { DocumentId = document.Id, Bytes = bytes });
        if (await db.SaveOrConflictAsync(ct, duplicate: "Another version of this document was handed in at the same moment; look at the list and try again.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created(Url(document), document.ToResponse());
    }

    public static async Task<Results<Ok<List<DocumentResponse>>, ProblemHttpResult>> ListDocuments(Guid id, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff see its documents.");
        }

        var documents = await db.Documents.AsNoTracking().Where(d => d.AssociationId == id)
            .OrderBy(d => d.Kind).ThenByDescending(d => d.Version).ToListAsync(ct);
        return TypedResults.Ok(documents.Select(d => d.ToResponse()).ToList());
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReadDocument(
        Guid id, Guid documentId, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff read its documents.");
        }

        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.AssociationId == id, ct);
        if (document is null)
        {
            return Problems.NotFound($"The association has no document {documentId}.");
        }

        var content = await db.DocumentContents.AsNoTracking().Where(c => c.DocumentId == documentId).Select(c => c.Bytes).SingleAsync(ct);
        return TypedResults.File(content, "application/pdf", document.FileName);
    }

    // The name as uploaded, without any path, ending in .pdf; the kind's name when nothing usable is left.
    private static string FileName(string uploaded, DocumentKind kind)
    {
        var name = Path.GetFileName(uploaded.Replace('\\', '/')).Trim();
        name = new string(name.Where(c => !char.IsControl(c)).ToArray());
        if (name.Length == 0 || name.Length > 200)
        {
            name = kind.ToString();
        }

        return name.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? name : name + ".pdf";
    }

    private static string Url(AssociationDocument d) => $"/api/associations/{d.AssociationId}/documents/{d.Id}";

    private static DocumentResponse ToResponse(this AssociationDocument d) =>
        new(d.Id, d.AssociationId, d.Kind, d.Version, d.FileName, d.Size, d.Sha256, d.UploadedByName, d.UploadedAt, Url(d));
}
