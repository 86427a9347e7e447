using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Frivillighed.ServiceDefaults;
using Npgsql;

namespace Frivillighed.Associations.Apis;

public static class AssociationsApi
{
    public static IEndpointRouteBuilder MapAssociationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations").WithTags("Associations");
        api.MapGet("/", ListAssociations);
        api.MapGet("/{id:guid}", GetAssociation).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", RegisterAssociation).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/{id:guid}/status", ChangeStatus)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<AssociationPage>, ValidationProblem>> ListAssociations(
        AssociationsDbContext db, AssociationStatus? status, string? town, int page = 1, int pageSize = 20, CancellationToken ct = default)
    {
        if (page < 1 || pageSize is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["page"] = ["page starts at 1; pageSize is between 1 and 100."],
            });
        }

        var query = db.Associations.AsNoTracking()
            .Where(a => status == null || a.Status == status)
            .Where(a => town == null || a.Town == town);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(ct);
        return TypedResults.Ok(new AssociationPage(items.Select(a => a.ToResponse()).ToList(), page, pageSize, total));
    }

    public static async Task<Results<Ok<AssociationResponse>, ProblemHttpResult>> GetAssociation(
        Guid id, AssociationsDbContext db, CancellationToken ct)
    {
        var association = await db.Associations.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        return association is null
            ? Problems.NotFound($"No association has id {id}.")
            : TypedResults.Ok(association.ToResponse());
    }

    public static async Task<Results<Created<AssociationResponse>, ValidationProblem, ProblemHttpResult>> RegisterAssociation(
        RegisterAssociationRequest request, AssociationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = Association.Register(request.Name!.Trim(), request.CvrNumber!, request.Town!, time.GetUtcNow());
        db.Associations.Add(association);
        db.AddEvent(association.Registered(), time);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return Problems.Conflict($"An association with CVR number {request.CvrNumber} is already registered.");
        }

        return TypedResults.Created($"/api/associations/{association.Id}", association.ToResponse());
    }

    public static async Task<Results<Ok<AssociationResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatus(
        Guid id, ChangeStatusRequest request, AssociationsDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var association = await db.Associations.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (association is null)
        {
            return Problems.NotFound($"No association has id {id}.");
        }

        if (Association.WhyNotAllowed(association.Status, request.Status!.Value) is { } why)
        {
            return Problems.Conflict(why);
        }

        db.AddEvent(association.ChangeStatus(request.Status.Value, request.Reason!.Trim(), time.GetUtcNow()), time);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("The association was changed by someone else meanwhile; read it again and retry.");
        }

        return TypedResults.Ok(association.ToResponse());
    }
}
