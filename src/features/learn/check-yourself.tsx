import { useId, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import QuizIcon from '@mui/icons-material/QuizOutlined';

interface CheckYourselfProps {
  readonly question: string;
  readonly answer: ReactNode;
}

/** A one-line question with its answer hidden until the reader asks for it. */
export function CheckYourself({ question, answer }: CheckYourselfProps) {
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <Box
      role="group"
      aria-labelledby={`${id}-title`}
      sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider', bgcolor: 'action.hover' }}
    >
      <Typography
        id={`${id}-title`}
        variant="subtitle2"
        component="h3"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontWeight: 700 }}
      >
        <QuizIcon fontSize="small" aria-hidden />
        Check yourself
      </Typography>
      <Typography sx={{ mt: 0.5 }}>{question}</Typography>
      <Button
        size="small"
        variant="outlined"
        aria-expanded={shown}
        aria-controls={`${id}-answer`}
        onClick={() => setShown((value) => !value)}
        sx={{ mt: 1 }}
      >
        {shown ? 'Hide the answer' : 'Reveal the answer'}
      </Button>
      <Box id={`${id}-answer`} hidden={!shown} sx={{ mt: 1 }}>
        <Typography component="div">{answer}</Typography>
      </Box>
    </Box>
  );
}
