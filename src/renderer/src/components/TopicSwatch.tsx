import { topicColour } from '../app/palette';
import { useTheme } from '../app/ThemeContext';

/** The little square of a topic's colour beside its name, visible on either theme's background. */
export function TopicSwatch({ colour }: { colour: string }) {
  const { theme } = useTheme();
  return <span className="swatch" style={{ background: topicColour(colour, theme) }} />;
}
