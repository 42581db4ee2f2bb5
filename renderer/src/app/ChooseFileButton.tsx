import Button, { type ButtonProps } from '@mui/material/Button';
import { useRef, type ChangeEvent } from 'react';
import { useFocusNextFrame } from './useFocusNextFrame';

type Props = {
  label: string;
  variant: ButtonProps['variant'];
  onFile: (event: ChangeEvent<HTMLInputElement>) => void;
};

/**
 * A button that opens the file chooser for a JSON file (a runbook, a backup), through a hidden file
 * input, so the chooser is reached from the keyboard. It takes the focus a frame after it appears
 * (useFocusNextFrame), so the Enter that opened its dialog does not press it too.
 */
export function ChooseFileButton({ label, variant, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const button = useFocusNextFrame<HTMLButtonElement>();
  return (
    <>
      <Button ref={button} variant={variant} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input ref={input} type="file" accept=".json,application/json" hidden onChange={onFile} />
    </>
  );
}
