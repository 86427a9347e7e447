using System.Net;
using System.Net.Mail;
using System.Security.Claims;
using Frivillighed.Contracts.Identity;
using Frivillighed.Identity.Data;
using Frivillighed.Identity.Model;
using Frivillighed.Messaging;
using Frivillighed.ServiceDefaults;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Frivillighed.Identity.Apis.AccountPages;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Frivillighed.Identity.Apis;

// The embedded accounts: sign in, sign up with a confirmed e-mail address, a forgotten password, a new address.
// Production federates to the municipality's identity provider or MitID instead (see README); nothing in the
// services changes then. Links in mails are one-time and expire; no answer tells whether an address has an
// account; each address gets at most MailsPerHour account mails (and the gateway limits each client's requests).
public static class AccountApi
{
    public const int MailsPerHour = 5;
    private static readonly TimeSpan ConfirmLifetime = TimeSpan.FromHours(24);
    private static readonly TimeSpan ResetLifetime = TimeSpan.FromHours(1);

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/account/login", LoginPage).ExcludeFromDescription();
        app.MapPost("/account/login", Login).ExcludeFromDescription();
        app.MapGet("/account/register", (HttpContext http, IAntiforgery antiforgery) => RegisterPage(http, antiforgery, new(), null, null)).ExcludeFromDescription();
        app.MapPost("/account/register", Register).ExcludeFromDescription();
        app.MapGet("/account/confirm", ConfirmPage).ExcludeFromDescription();
        app.MapPost("/account/confirm", Confirm).ExcludeFromDescription();
        app.MapGet("/account/forgot", (HttpContext http, IAntiforgery antiforgery) => ForgotPage(http, antiforgery, new(), null)).ExcludeFromDescription();
        app.MapPost("/account/forgot", Forgot).ExcludeFromDescription();
        app.MapGet("/account/reset", ResetPage).ExcludeFromDescription();
        app.MapPost("/account/reset", Reset).ExcludeFromDescription();
        app.MapGet("/account/email", EmailPage).ExcludeFromDescription();
        app.MapPost("/account/email", ChangeEmail).ExcludeFromDescription();
        return app;
    }

    // ---------------------------------------------------------------- sign in

    public static IResult LoginPage(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error)
    {
        var errors = new Dictionary<string, string>();
        if (error == "1")
        {
            errors["userName"] = "E-mailadresse, brugernavn eller adgangskode er forkert. Prøv igen.";
        }
        else if (error == "unconfirmed")
        {
            errors["userName"] = "Bekræft først din e-mailadresse: følg linket i den mail, vi sendte, da du oprettede brugeren.";
        }

        var form = Form("/account/login", antiforgery.GetAndStoreTokens(http), errors, "Log på",
            [new Field("userName", "E-mail eller brugernavn", Autocomplete: "username"), new Field("password", "Adgangskode", "password", Autocomplete: "current-password")],
            new Dictionary<string, string> { ["returnUrl"] = SafeReturnUrl(returnUrl) });
        return Page("Log på", $"""
            <p>Log på for at se dine tilmeldinger og handle for de foreninger, du repræsenterer.</p>
            {form}
            <p class="mt-5"><a href="/account/forgot">Glemt adgangskode?</a></p>
            <p>Har du ingen bruger? <a href="/account/register">Opret en bruger</a></p>
            """);
    }

    public static async Task<IResult> Login(HttpContext http, [FromForm] string? userName, [FromForm] string? password,
        [FromForm] string? returnUrl, IdentityDbContext db, IPasswordHasher<User> hasher, CancellationToken ct)
    {
        var target = SafeReturnUrl(returnUrl);
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name || u.Email.ToLower() == name, ct);
        if (user is null || hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            return Results.Redirect($"/account/login?returnUrl={WebUtility.UrlEncode(target)}&error=1");
        }

        if (!user.EmailConfirmed)
        {
            return Results.Redirect($"/account/login?returnUrl={WebUtility.UrlEncode(target)}&error=unconfirmed");
        }

        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(Claims.Name, user.DisplayName));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect(target);
    }

    // Only back into the authorization endpoint or the account's own pages: never an open redirect.
    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is not null && (returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal) || returnUrl == "/account/email")
            ? returnUrl : "/connect/authorize";

    // ---------------------------------------------------------------- sign up

    private static IResult RegisterPage(HttpContext http, IAntiforgery antiforgery, Dictionary<string, string> errors, string? name, string? email) =>
        Page("Opret en bruger", $"""
            <p>Med en bruger kan du tilmelde dig arrangementer, registrere din forening og handle for den. Vi sender et link til din e-mailadresse, som du skal bekræfte, før brugeren kan bruges.</p>
            {Form("/account/register", antiforgery.GetAndStoreTokens(http), errors, "Opret bruger",
            [
                new Field("name", "Dit navn", Value: name, Autocomplete: "name"),
                new Field("email", "E-mailadresse", "email", email, "email"),
                new Field("password", "Adgangskode", "password", Autocomplete: "new-password",
                    Hint: $"Mindst {PasswordRules.MinLength} tegn. Brug gerne nogle ord i en sætning, du kan huske."),
            ])}
            <p class="mt-5">Har du allerede en bruger? <a href="/log-paa">Log på</a></p>
            """);

    public static async Task<IResult> Register(HttpContext http, IAntiforgery antiforgery, [FromForm] string? name, [FromForm] string? email,
        [FromForm] string? password, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        name = name?.Trim();
        email = email?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            errors["name"] = string.IsNullOrEmpty(name) ? "Skriv dit navn." : "Navnet må højst have 200 tegn.";
        }

        if (ValidEmail(email) is null)
        {
            errors["email"] = "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.";
        }

        if (PasswordRules.Problem(password, email ?? "", name ?? "") is { } problem)
        {
            errors["password"] = problem;
        }

        if (errors.Count > 0)
        {
            return RegisterPage(http, antiforgery, errors, name, email);
        }

        var address = ValidEmail(email)!;
        var now = time.GetUtcNow();
        var existing = await db.Users.FirstOrDefaultAsync(u => u.Email.ToLower() == address || u.UserName == address, ct);
        if (existing is null)
        {
            var user = new User { Id = Guid.CreateVersion7(), UserName = address, DisplayName = name!, Email = address, EmailConfirmed = false, Roles = ["citizen"], CreatedAt = now };
            user.PasswordHash = hasher.HashPassword(user, password!);
            db.Users.Add(user);
            Mail(db, user, AccountMailKind.ConfirmEmail, address, now, time);
        }
        else if (await MayMailAsync(db, existing.Id, now, ct))
        {
            // The same answer as for a new address; the owner is told by mail (or gets the confirmation again).
            Mail(db, existing, existing.EmailConfirmed ? AccountMailKind.AlreadyRegistered : AccountMailKind.ConfirmEmail, existing.Email, now, time);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Two sign-ups with one address at once: the other made the account; the answer stays the same.
        }

        return CheckYourMail(address);
    }

    private static IResult CheckYourMail(string address) => Page("Tjek din mail", $"""
        <p>Vi har sendt en mail til <strong>{Encode(address)}</strong>. Følg linket i mailen for at bekræfte adressen og tage brugeren i brug. Linket virker i 24 timer.</p>
        <p>Kommer mailen ikke i løbet af nogle minutter, så se i mappen med uønsket post, eller <a href="/account/register">prøv igen</a>.</p>
        """);

    // ---------------------------------------------------------------- confirm an address

    // The link opens a page with a button: the address is confirmed by the person's click (a POST), never by a
    // mail program that opens links to scan them.
    public static async Task<IResult> ConfirmPage(HttpContext http, IAntiforgery antiforgery, string? token, IdentityDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = await UsableTokenAsync(db, token, [AccountMailKind.ConfirmEmail, AccountMailKind.ConfirmNewEmail], time, ct);
        if (found is null)
        {
            return DeadLink();
        }

        return Page("Bekræft din e-mailadresse", $"""
            <p>Bekræft, at <strong>{Encode(found.NewEmail ?? (await db.Users.FindAsync([found.UserId], ct))?.Email)}</strong> er din e-mailadresse.</p>
            {Form("/account/confirm", antiforgery.GetAndStoreTokens(http), new Dictionary<string, string>(), "Bekræft e-mailadressen", [],
                new Dictionary<string, string> { ["token"] = token! })}
            """);
    }

    public static async Task<IResult> Confirm([FromForm] string? token, IdentityDbContext db, TimeProvider time, CancellationToken ct)
    {
        var found = await UsableTokenAsync(db, token, [AccountMailKind.ConfirmEmail, AccountMailKind.ConfirmNewEmail], time, ct);
        var user = found is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == found.UserId, ct);
        if (found is null || user is null)
        {
            return DeadLink();
        }

        var now = time.GetUtcNow();
        found.UsedAt = now;
        if (found.NewEmail is { } newEmail)
        {
            if (await db.Users.AnyAsync(u => u.Id != user.Id && (u.Email.ToLower() == newEmail || u.UserName == newEmail), ct))
            {
                await db.SaveChangesAsync(ct);
                return Page("Adressen kan ikke bruges", "<p>Der er allerede en bruger med den e-mailadresse. Din bruger har stadig den gamle adresse.</p>");
            }

            (user.Email, user.UserName) = (newEmail, user.UserName.Contains('@') ? newEmail : user.UserName);
        }

        user.EmailConfirmed = true;
        db.AddEvent(user.ProfileChanged(now), time);
        await db.SaveChangesAsync(ct);
        return Page("E-mailadressen er bekræftet", $"""
            {Alert("success", "Tak", $"{user.Email} er bekræftet.")}
            <p>Du kan nu logge på med din e-mailadresse og adgangskode.</p>
            <p><a href="/log-paa" class="button button-primary">Log på</a></p>
            """);
    }

    // ---------------------------------------------------------------- forgotten password

    private static IResult ForgotPage(HttpContext http, IAntiforgery antiforgery, Dictionary<string, string> errors, string? email) =>
        Page("Glemt adgangskode", $"""
            <p>Skriv den e-mailadresse, din bruger har. Vi sender et link, hvor du kan vælge en ny adgangskode.</p>
            {Form("/account/forgot", antiforgery.GetAndStoreTokens(http), errors, "Send link", [new Field("email", "E-mailadresse", "email", email, "email")])}
            """);

    public static async Task<IResult> Forgot(HttpContext http, IAntiforgery antiforgery, [FromForm] string? email, IdentityDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (ValidEmail(email) is not { } address)
        {
            return ForgotPage(http, antiforgery, new() { ["email"] = "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk." }, email);
        }

        var now = time.GetUtcNow();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Email.ToLower() == address, ct);
        if (user is not null && await MayMailAsync(db, user.Id, now, ct))
        {
            Mail(db, user, user.EmailConfirmed ? AccountMailKind.ResetPassword : AccountMailKind.ConfirmEmail, user.Email, now, time);
            await db.SaveChangesAsync(ct);
        }

        // The same words whether or not the address has an account.
        return Page("Tjek din mail", $"""
            <p>Hvis <strong>{Encode(address)}</strong> hører til en bruger, har vi sendt en mail med et link til at vælge en ny adgangskode. Linket virker i en time.</p>
            <p><a href="/log-paa">Tilbage til log på</a></p>
            """);
    }

    public static async Task<IResult> ResetPage(HttpContext http, IAntiforgery antiforgery, string? token, IdentityDbContext db, TimeProvider time, CancellationToken ct) =>
        await UsableTokenAsync(db, token, [AccountMailKind.ResetPassword, AccountMailKind.AlreadyRegistered], time, ct) is null
            ? DeadLink()
            : ResetForm(http, antiforgery, token!, new());

    private static IResult ResetForm(HttpContext http, IAntiforgery antiforgery, string token, Dictionary<string, string> errors) =>
        Page("Vælg en ny adgangskode", Form("/account/reset", antiforgery.GetAndStoreTokens(http), errors, "Gem adgangskoden",
            [new Field("password", "Ny adgangskode", "password", Autocomplete: "new-password",
                Hint: $"Mindst {PasswordRules.MinLength} tegn. Brug gerne nogle ord i en sætning, du kan huske.")],
            new Dictionary<string, string> { ["token"] = token }));

    public static async Task<IResult> Reset(HttpContext http, IAntiforgery antiforgery, [FromForm] string? token, [FromForm] string? password,
        IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider time, CancellationToken ct)
    {
        var found = await UsableTokenAsync(db, token, [AccountMailKind.ResetPassword, AccountMailKind.AlreadyRegistered], time, ct);
        var user = found is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == found.UserId, ct);
        if (found is null || user is null)
        {
            return DeadLink();
        }

        if (PasswordRules.Problem(password, user.Email, user.DisplayName) is { } problem)
        {
            return ResetForm(http, antiforgery, token!, new() { ["password"] = problem });
        }

        found.UsedAt = time.GetUtcNow();
        user.PasswordHash = hasher.HashPassword(user, password!);
        await db.SaveChangesAsync(ct);
        return Page("Adgangskoden er skiftet", """
            <p>Du kan nu logge på med din nye adgangskode.</p>
            <p><a href="/log-paa" class="button button-primary">Log på</a></p>
            """);
    }

    // ---------------------------------------------------------------- a new address

    public static async Task<IResult> EmailPage(HttpContext http, IAntiforgery antiforgery, IdentityDbContext db, CancellationToken ct)
    {
        var user = await SignedInAsync(http, db, ct);
        return user is null
            ? Results.Redirect("/account/login?returnUrl=" + WebUtility.UrlEncode("/account/email"))
            : EmailForm(http, antiforgery, user, new(), null);
    }

    private static IResult EmailForm(HttpContext http, IAntiforgery antiforgery, User user, Dictionary<string, string> errors, string? email) =>
        Page("Skift e-mailadresse", $"""
            <p>Din bruger har nu adressen <strong>{Encode(user.Email)}</strong>. Vi sender et link til den nye adresse; skiftet sker, når du har bekræftet den.</p>
            {Form("/account/email", antiforgery.GetAndStoreTokens(http), errors, "Send link til den nye adresse",
            [
                new Field("email", "Ny e-mailadresse", "email", email, "email"),
                new Field("password", "Din adgangskode", "password", Autocomplete: "current-password"),
            ])}
            <p class="mt-5"><a href="/min-side">Tilbage til Min side</a></p>
            """);

    public static async Task<IResult> ChangeEmail(HttpContext http, IAntiforgery antiforgery, [FromForm] string? email, [FromForm] string? password,
        IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider time, CancellationToken ct)
    {
        var user = await SignedInAsync(http, db, ct);
        if (user is null)
        {
            return Results.Redirect("/account/login?returnUrl=" + WebUtility.UrlEncode("/account/email"));
        }

        var errors = new Dictionary<string, string>();
        var address = ValidEmail(email);
        if (address is null)
        {
            errors["email"] = "Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.";
        }
        else if (address == user.Email.ToLowerInvariant())
        {
            errors["email"] = "Det er den adresse, brugeren har nu. Skriv den nye adresse.";
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") == PasswordVerificationResult.Failed)
        {
            errors["password"] = "Adgangskoden er forkert.";
        }

        if (errors.Count > 0)
        {
            return EmailForm(http, antiforgery, user, errors, email);
        }

        var now = time.GetUtcNow();
        // A taken address gets no link (the confirmation would fail anyway), and the answer is the same.
        if (!await db.Users.AnyAsync(u => u.Email.ToLower() == address, ct) && await MayMailAsync(db, user.Id, now, ct))
        {
            Mail(db, user, AccountMailKind.ConfirmNewEmail, address!, now, time);
            await db.SaveChangesAsync(ct);
        }

        return Page("Tjek din mail", $"""
            <p>Vi har sendt et link til <strong>{Encode(address)}</strong>. Din adresse skiftes, når du har fulgt linket. Indtil da bruger du {Encode(user.Email)}.</p>
            <p><a href="/min-side">Tilbage til Min side</a></p>
            """);
    }

    // ---------------------------------------------------------------- shared

    private static IResult DeadLink() => Page("Linket virker ikke længere", """
        <p>Linket er enten brugt, udløbet eller ikke helt kopieret. Links i vores mails virker én gang og kun i kort tid.</p>
        <ul><li><a href="/account/forgot">Få et nyt link til at vælge adgangskode</a></li><li><a href="/account/register">Opret en bruger</a></li><li><a href="/log-paa">Log på</a></li></ul>
        """);

    private static string? ValidEmail(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        return trimmed is { Length: > 0 and <= 200 } && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed
            && trimmed.Split('@')[1].Contains('.') ? trimmed : null;
    }

    private static async Task<bool> MayMailAsync(IdentityDbContext db, Guid userId, DateTimeOffset now, CancellationToken ct) =>
        await db.AccountTokens.CountAsync(t => t.UserId == userId && t.CreatedAt > now.AddHours(-1), ct) < MailsPerHour;

    // A new one-time link, and the request for its mail, committed together.
    private static void Mail(IdentityDbContext db, User user, AccountMailKind kind, string to, DateTimeOffset now, TimeProvider time)
    {
        var secret = Secrets.NewToken();
        var lifetime = kind is AccountMailKind.ConfirmEmail or AccountMailKind.ConfirmNewEmail ? ConfirmLifetime : ResetLifetime;
        var token = new AccountToken
        {
            UserId = user.Id, Purpose = kind, TokenHash = Secrets.Hash(secret), CreatedAt = now, ExpiresAt = now + lifetime,
            NewEmail = kind == AccountMailKind.ConfirmNewEmail ? to : null,
        };
        db.AccountTokens.Add(token);
        var path = kind is AccountMailKind.ConfirmEmail or AccountMailKind.ConfirmNewEmail ? "/account/confirm" : "/account/reset";
        db.AddEvent(new AccountMailRequested(user.Id, kind, user.DisplayName, to, $"{path}?token={secret}", token.ExpiresAt, now), time);
    }

    private static async Task<AccountToken?> UsableTokenAsync(IdentityDbContext db, string? token, AccountMailKind[] purposes, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Secrets.Hash(token);
        var found = await db.AccountTokens.FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        return found is not null && purposes.Contains(found.Purpose) && found.IsUsable(time.GetUtcNow()) ? found : null;
    }

    private static async Task<User?> SignedInAsync(HttpContext http, IdentityDbContext db, CancellationToken ct)
    {
        var signedIn = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return signedIn.Succeeded && Guid.TryParse(signedIn.Principal.FindFirstValue(Claims.Subject), out var id)
            ? await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct)
            : null;
    }
}
