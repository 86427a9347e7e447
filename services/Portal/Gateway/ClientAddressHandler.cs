namespace Frivillighed.Portal.Gateway;

// The gateway limits and audits the end user, not the portal: every call says whose request it serves (the
// citizen's address, trusted by the gateway only with the portal's secret) and carries the request's correlation id.
public sealed class ClientAddressHandler(IHttpContextAccessor http, Microsoft.Extensions.Options.IOptions<PortalOptions> options) : DelegatingHandler
{
    public const string FrontendHeader = "X-Frivillighed-Frontend";
    public const string CorrelationHeader = "X-Correlation-Id";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context)
        {
            if (context.Connection.RemoteIpAddress is { } address && options.Value.FrontendSecret is { Length: > 0 } secret)
            {
                request.Headers.TryAddWithoutValidation("X-Forwarded-For", address.ToString());
                request.Headers.TryAddWithoutValidation(FrontendHeader, secret);
            }

            if (context.Request.Headers[CorrelationHeader].ToString() is { Length: > 0 } correlation)
            {
                request.Headers.TryAddWithoutValidation(CorrelationHeader, correlation);
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
