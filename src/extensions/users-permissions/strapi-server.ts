/**
 * users-permissions extension. E-mail and phone are private fields of the user (nobody sees
 * another member's), so GET /api/users/me adds the caller's own back.
 */
export default (plugin: any) => {
  const me = plugin.controllers.user.me;
  plugin.controllers.user.me = async (ctx: any) => {
    await me(ctx);
    const user = ctx.state.user;
    if (user && ctx.body && typeof ctx.body === 'object') {
      ctx.body = { ...ctx.body, email: user.email, phone: user.phone ?? null, notifyByEmail: user.notifyByEmail ?? true };
    }
  };
  return plugin;
};
