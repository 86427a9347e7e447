using System.Security.Claims;
using Frivillighed.Data;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Frivillighed.Identity.Apis;

// The platform's own users and their roles, for an administrator: who is staff, who is admin, and the change of
// either, each kept in the audit trail. There is always at least one admin: removing the role takes the admins'
// row locks first, so two admins stepping down at the same moment cannot leave none.
public static class UsersApi
{
    public const string AdminPolicy = "admin";

    public static readonly string[] AssignableRoles = [Roles.Staff, Roles.Admin];

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity").WithTags("Users and roles").RequireAuthorization(AdminPolicy);
        api.MapGet("/users", ListUsers).WithSummary("Staff and admins, or every user whose name matches q (admin)");
        api.MapPut("/users/{id:guid}/roles/{role}", GrantRole).WithSummary("Give a user the staff or admin role (admin)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDelete("/users/{id:guid}/roles/{role}", RevokeRole).WithSummary("Take the staff or admin role from a user; never the last admin (admin)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapGet("/role-changes", ListRoleChanges).WithSummary("Who gave or took which role, newest first (admin)");
        return app;
    }

    public static async Task<Ok<List<UserResponse>>> ListUsers(string? q, IdentityDbContext db, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(u => u.Roles.Contains(Roles.Staff) || u.Roles.Contains(Roles.Admin));
        }
        else
        {
            var pattern = "%" + q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(u => EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.UserName, pattern) || EF.Functions.ILike(u.Email, pattern));
        }

        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Id).Take(100).ToListAsync(ct);
        return TypedResults.Ok(users.Select(UserResponse.From).ToList());
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> GrantRole(
        Guid id, string role, IdentityDbContext db, ClaimsPrincipal actor, TimeProvider time, CancellationToken ct)
    {
        if (!AssignableRoles.Contains(role))
        {
            return UnknownRole();
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return Problems.NotFound($"No user has id {id}.");
        }

        if (!user.Roles.Contains(role))
        {
            user.Roles = [.. user.Roles, role];
            db.RoleChanges.Add(Change(actor, user, role, granted: true, time));
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(UserResponse.From(user));
    }

    public static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> RevokeRole(
        Guid id, string role, IdentityDbContext db, ClaimsPrincipal actor, TimeProvider time, CancellationToken ct)
    {
        if (!AssignableRoles.Contains(role))
        {
            return UnknownRole();
        }

        return await db.InTransactionAsync<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>>(async (transaction, token) =>
        {
            // The admins' rows, locked: a concurrent revocation waits here and then counts what this one left.
            var admins = await db.Users.FromSql($"SELECT * FROM users WHERE {Roles.Admin} = ANY (roles) ORDER BY id FOR UPDATE").ToListAsync(token);
            var user = admins.FirstOrDefault(u => u.Id == id) ?? await db.Users.FirstOrDefaultAsync(u => u.Id == id, token);
            if (user is null)
            {
                return Problems.NotFound($"No user has id {id}.");
            }

            if (!user.Roles.Contains(role))
            {
                return TypedResults.Ok(UserResponse.From(user));
            }

            if (role == Roles.Admin && admins.Count == 1 && admins[0].Id == id)
            {
                return Problems.Conflict($"{user.DisplayName} is the last admin; give another user the admin role first.");
            }

            user.Roles = [.. user.Roles.Where(r => r != role)];
            db.RoleChanges.Add(Change(actor, user, role, granted: false, time));
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return TypedResults.Ok(UserResponse.From(user));
        }, ct);
    }

    public static async Task<Ok<List<RoleChangeResponse>>> ListRoleChanges(IdentityDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.RoleChanges.AsNoTracking().OrderByDescending(c => c.At).Take(200)
            .Select(c => new RoleChangeResponse(c.At, c.ActorName, c.UserId, c.UserName, c.Role, c.Granted)).ToListAsync(ct));

    private static ValidationProblem UnknownRole() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["role"] = [$"The role is one of {string.Join(", ", AssignableRoles)}."] });

    private static RoleChange Change(ClaimsPrincipal actor, User user, string role, bool granted, TimeProvider time) => new()
    {
        At = time.GetUtcNow(), ActorId = actor.UserId() ?? Guid.Empty, ActorName = actor.Identity?.Name ?? "", UserId = user.Id,
        UserName = user.DisplayName, Role = role, Granted = granted,
    };
}

public sealed record UserResponse(Guid Id, string UserName, string DisplayName, string Email, List<string> Roles)
{
    public static UserResponse From(User u) => new(u.Id, u.UserName, u.DisplayName, u.Email, [.. u.Roles]);
}

public sealed record RoleChangeResponse(DateTimeOffset At, string ActorName, Guid UserId, string UserName, string Role, bool Granted);
