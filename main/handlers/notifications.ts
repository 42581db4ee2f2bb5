import type { HandlerContext, HandlerGroup } from './context';

export function notificationHandlers(context: HandlerContext): HandlerGroup<'notify:show'> {
  return {
    'notify:show': async ({ title, body }) => ({
      shown: await context.platform.showNotification(title, body),
    }),
  };
}
