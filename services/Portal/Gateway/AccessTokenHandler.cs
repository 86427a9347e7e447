using Microsoft.AspNetCore.Authentication;

namespace Frivillighed.Portal.Gateway;

// A signed-in user's calls carry their own access token (kept in the session, never sent to the browser).
public sealed class AccessTokenHandler(IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { User.Identity.IsAuthenticated: true } context && await context.GetTokenAsync("access_token") is { } token)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
