using System.Security.Claims;
using Frivillighed.Associations.Data;
using Frivillighed.Associations.Model;
using Frivillighed.Contracts.Associations;
using Frivillighed.Data;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Associations.Apis;

// Who acts for an association. The association's representatives and staff read the list; its chair and staff change it.
public static class RepresentativesApi
{
    public static IEndpointRouteBuilder MapRepresentativesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/associations/{id:guid}/representatives").WithTags("Representatives").RequireAuthorization();
        api.MapGet("/", ListRepresentatives).WithSummary("Who represents the association, with roles").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/", AddRepresentative).WithSummary("Add a representative (chair or staff)").ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPut("/{userId:guid}", ChangeRole).WithSummary("Change a representative's role (chair or staff; never the last chair)").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete("/{userId:guid}", RemoveRepresentative).WithSummary("Remove a representative (chair or staff; never the last chair)").ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/associations/{id:guid}/invitations", Invite).WithTags("Representatives").RequireAuthorization()
            .WithSummary("Invite someone to represent the association with a one-time code (chair or staff)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/associations/invitations/accept", AcceptInvitation).WithTags("Representatives").RequireAuthorization()
            .WithSummary("Become a representative with an invitation code").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        Guid id, InvitationRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Role is not { } role)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(InvitationRequest.Role)] = [$"Role is required: one of {string.Join(", ", Enum.GetNames<RepresentativeRole>())}."],
            });
        }

        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff invite representatives.");
        }

        var now = time.GetUtcNow();
        var code = System.Security.Cryptography.RandomNumberGenerator.GetString(Invitation.Alphabet, 10);
        var invitation = new Invitation
        {
            AssociationId = id, CodeHash = Secrets.Hash(code), Role = role, CreatedById = user.UserId()!.Value, CreatedAt = now,
            ExpiresAt = now.AddDays(Invitation.DaysValid),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/associations/{id}/representatives",
            new InvitationResponse(id, $"{code[..5]}-{code[5..]}", role, invitation.ExpiresAt));
    }

    public static async Task<Results<Ok<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>> AcceptInvitation(
        AcceptInvitationRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var code = Invitation.Normalize(request.Code ?? "");
        if (code.Length != 10)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(AcceptInvitationRequest.Code)] = ["The code has 10 letters and digits, as in ABCDE-23456."],
            });
        }

        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CodeHash == Secrets.Hash(code), ct);
        if (invitation is null)
        {
            return Problems.NotFound("No invitation has this code; check it, or ask the chair for a new one.");
        }

        var now = time.GetUtcNow();
        if (invitation.WhyNotAccepted(now) is { } why)
        {
            return Problems.Conflict(why);
        }

        var userId = user.UserId()!.Value;
        if (await db.Representatives.AnyAsync(r => r.AssociationId == invitation.AssociationId && r.UserId == userId, ct))
        {
            return Problems.Conflict("You already represent this association.");
        }

        invitation.Accept(userId, now);
        var representative = new Representative
        {
            AssociationId = invitation.AssociationId, UserId = userId, Name = user.Identity?.Name ?? "", Role = invitation.Role, AddedAt = now,
        };
        db.Representatives.Add(representative);
        db.AddEvent(new RepresentativeAdded(invitation.AssociationId, userId, invitation.Role, now), time);
        if (await db.SaveOrConflictAsync(ct, changed: "The invitation has already been used.", duplicate: "You already represent this association.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Ok(new RepresentativeResponse(userId, representative.Name, representative.Role, now));
    }

    public static async Task<Results<Ok<List<RepresentativeResponse>>, ProblemHttpResult>> ListRepresentatives(
        Guid id, AssociationsDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.MayManageAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's own representatives and staff see who represents it.");
        }

        var representatives = await db.Representatives.AsNoTracking().Where(r => r.AssociationId == id)
            .OrderBy(r => r.Role).ThenBy(r => r.Name)
            .Select(r => new RepresentativeResponse(r.UserId, r.Name, r.Role, r.AddedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(representatives);
    }

    public static async Task<Results<Created<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>> AddRepresentative(
        Guid id, AddRepresentativeRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Validate() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff add representatives.");
        }

        var now = time.GetUtcNow();
        var representative = new Representative
        {
            AssociationId = id, UserId = request.UserId!.Value, Name = request.Name!.Trim(), Role = request.Role!.Value, AddedAt = now,
        };
        db.Representatives.Add(representative);
        db.AddEvent(new RepresentativeAdded(id, representative.UserId, representative.Role, now), time);
        if (await db.SaveOrConflictAsync(ct, duplicate: $"User {representative.UserId} already represents this association; remove them first to change the role.") is { } conflict)
        {
            return conflict;
        }

        return TypedResults.Created($"/api/associations/{id}/representatives",
            new RepresentativeResponse(representative.UserId, representative.Name, representative.Role, representative.AddedAt));
    }

    public static async Task<Results<Ok<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>> ChangeRole(
        Guid id, Guid userId, ChangeRoleRequest request, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (request.Role is not { } role)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [nameof(ChangeRoleRequest.Role)] = [$"Role is required: one of {string.Join(", ", Enum.GetNames<RepresentativeRole>())}."],
            });
        }

        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff change representatives' roles.");
        }

        return await db.InTransactionAsync<Results<Ok<RepresentativeResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            await LockChairsAsync(db, id, token);
            var representative = await db.Representatives.FirstOrDefaultAsync(r => r.AssociationId == id && r.UserId == userId, token);
            if (representative is null)
            {
                return Problems.NotFound($"User {userId} does not represent association {id}.");
            }

            if (representative.Role == RepresentativeRole.Chair && role != RepresentativeRole.Chair && !await AnotherChairAsync(db, id, userId, token))
            {
                return Problems.Conflict("An association keeps at least one chair: make someone else chair first.");
            }

            // The read models keep the newest role by time: the change is an add with the new role.
            representative.Role = role;
            db.AddEvent(new RepresentativeAdded(id, userId, role, time.GetUtcNow()), time);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(new RepresentativeResponse(representative.UserId, representative.Name, representative.Role, representative.AddedAt));
        }, ct);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RemoveRepresentative(
        Guid id, Guid userId, AssociationsDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (await ExistsAsync(db, id, ct) is { } missing)
        {
            return missing;
        }

        if (!await db.IsChairOrStaffAsync(id, user, ct))
        {
            return Problems.Forbidden("Only the association's chair and staff remove representatives.");
        }

        return await db.InTransactionAsync<Results<NoContent, ProblemHttpResult>>(async (transaction, token) =>
        {
            await LockChairsAsync(db, id, token);
            var representative = await db.Representatives.FirstOrDefaultAsync(r => r.AssociationId == id && r.UserId == userId, token);
            if (representative is null)
            {
                return Problems.NotFound($"User {userId} does not represent association {id}.");
            }

            if (representative.Role == RepresentativeRole.Chair && !await AnotherChairAsync(db, id, userId, token))
            {
                return Problems.Conflict("An association keeps at least one chair: add the new chair before removing the last one.");
            }

            db.Representatives.Remove(representative);
            db.AddEvent(new RepresentativeRemoved(id, userId, time.GetUtcNow()), time);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.NoContent();
        }, ct);
    }

    // "At least one chair" is a check across the association's representatives: changes that could leave none
    // take the association's row lock first, so they run one after the other. (EF has no FOR UPDATE.)
    private static Task LockChairsAsync(AssociationsDbContext db, Guid id, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM associations WHERE id = {id} FOR UPDATE", ct);

    private static Task<bool> AnotherChairAsync(AssociationsDbContext db, Guid id, Guid userId, CancellationToken ct) =>
        db.Representatives.AnyAsync(r => r.AssociationId == id && r.UserId != userId && r.Role == RepresentativeRole.Chair, ct);

    private static async Task<ProblemHttpResult?> ExistsAsync(AssociationsDbContext db, Guid id, CancellationToken ct) =>
        await db.Associations.AnyAsync(a => a.Id == id, ct) ? null : Problems.NotFound($"No association has id {id}.");
}
