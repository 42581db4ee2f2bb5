import Backdrop from '@mui/material/Backdrop';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Component, createElement, Suspense, use, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Options<P> = {
  /** Shown while the part's code loads (only ever the first time, and only if the idle prefetch has not run yet). */
  fallback?: (props: P) => ReactNode;
  /**
   * True when the part shows nothing for these props (a closed dialog): it renders nothing and loads
   * nothing, so the first screen never waits for a dialog nobody opened.
   */
  hidden?: (props: P) => boolean;
};

export type LazyPart<P> = ComponentType<P> & { preload: () => Promise<unknown> };

const registered: (() => Promise<unknown>)[] = [];

/**
 * A component whose code is fetched apart from the first screen's. Unlike React.lazy, once its code is
 * in (the idle prefetch, or an earlier open) it renders in the same frame as its parent: a dialog opened
 * from the palette mounts at once, takes focus, and the IC's next keystroke lands in it.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { fallback = () => null, hidden = () => false }: Options<P> = {},
): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Forgotten, so "Try again" (or the next open) fetches it afresh.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  function Loaded(props: P) {
    // The same component every render: fetched once and kept, never made anew here.
    return createElement(loaded ?? use(preload()), props);
  }

  function Lazy(props: P) {
    if (loaded === undefined && hidden(props)) return null;
    // The same tree whether or not the code is in yet, so a part that loaded while open keeps its state.
    return (
      <PartBoundary>
        <Suspense fallback={fallback(props)}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  registered.push(preload);
  return Object.assign(Lazy, { preload });
}

/**
 * Code a command needs only once it runs (a palette action's write, an export), kept out of the first
 * paint: fetched by its first run or by the idle prefetch, whichever comes first, and kept. A fetch that
 * fails is forgotten, so the next run tries again (and reports why through the caller's catch).
 */
export function lazyCode<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const get = (): Promise<T> => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  registered.push(get);
  return get;
}

/**
 * Fetches every lazy part's (and lazyCode's) code, one after another, so the first open of any dialog at 3 a.m. has no
 * wait and works without the network. A part that fails is left for its first open to retry and explain.
 */
export async function preloadParts(): Promise<void> {
  for (const preload of registered) {
    try {
      await preload();
    } catch {
      // Its first open shows why, with a way to try again.
    }
  }
}

type BoundaryState = { error: unknown };

/** A part whose code could not be fetched says so where it would have been, instead of blanking the window. */
class PartBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <PartFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
  }
}

function PartFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack role="alert" direction="row" sx={{ alignItems: 'center', gap: 1, p: 1 }}>
      <Typography color="error" variant="body2">
        {t('app.partFailed', { message: error instanceof Error ? error.message : String(error) })}
      </Typography>
      <Button size="small" onClick={onRetry}>
        {t('app.tryAgain')}
      </Button>
    </Stack>
  );
}

/** While a part inside a panel loads: a thin bar where it will be, named for screen readers. */
export function InlineLoading() {
  const { t } = useTranslation();
  return <LinearProgress aria-label={t('app.loading')} sx={{ my: 1 }} />;
}

/** While a dialog loads: over the cockpit, as the dialog will be, so nothing under it moves. */
export function DialogLoading() {
  const { t } = useTranslation();
  return (
    <Backdrop open sx={{ zIndex: (theme) => theme.zIndex.modal }}>
      <CircularProgress aria-label={t('app.loading')} />
    </Backdrop>
  );
}

export const inlineLoading = () => <InlineLoading />;
export const dialogLoading = () => <DialogLoading />;
