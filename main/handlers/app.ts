import { describeApp } from '../services/app-info';
import type { HandlerContext, HandlerGroup } from './context';

export function appHandlers(context: HandlerContext): HandlerGroup<'app:info'> {
  return { 'app:info': async () => describeApp(context.identity) };
}
