namespace Renkei.Web.Features.Home;

public static class HomeSetup
{
    public static WebApplication MapHome(this WebApplication app) => app;
}
